#include "store/query.h"

#include <unordered_map>

namespace newsfacts::store {

Status RunQuery(const Store& store, const QueryRequest& request, const EntityResolver& resolve,
                const std::function<void(std::string_view)>& write) {
  if (request.stats) {
    Result<StoreStats> st = store.Stats();
    if (!st.ok()) return st.status();
    write(FormatStats(*st, request.format));
    return Status::Ok();
  }
  FactFilter filter = request.filter;
  if (!filter.entity.empty() && resolve) {
    std::string canonical = resolve(filter.entity);
    if (!canonical.empty()) filter.entity = std::move(canonical);
  }
  FactPrinter printer(request.format, request.explain);
  std::unordered_map<std::string, std::optional<StoredArticle>> articles;  // explain cache
  Status error;
  size_t since_flush = 0;
  Status s = store.ScanFacts(filter, [&](const Fact& fact) {
    const StoredArticle* article = nullptr;
    if (request.explain) {
      auto it = articles.find(fact.article_id);
      if (it == articles.end()) {
        Result<std::optional<StoredArticle>> a = store.GetArticle(fact.article_id);
        if (!a.ok()) {
          error = a.status();
          return false;
        }
        it = articles.emplace(fact.article_id, std::move(*a)).first;
      }
      if (it->second) article = &*it->second;
    }
    printer.Add(fact, article);
    if (++since_flush >= 256) {
      since_flush = 0;
      const std::string text = printer.Take();
      if (!text.empty()) write(text);
    }
    return true;
  });
  if (!s.ok()) return s;
  if (!error.ok()) return error;
  const std::string rest = printer.Finish();
  if (!rest.empty()) write(rest);
  return Status::Ok();
}

}  // namespace newsfacts::store
