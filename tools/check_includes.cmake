# Module boundaries, checked on every build (target newsfacts_module_boundaries, which every
# library depends on) and by the ctest test `module_boundaries`:
#
#   cmake -DSOURCE_DIR=<repo> [-DSTAMP=<file to touch when clean>] -P tools/check_includes.cmake
#
# Dependencies point one way: tools -> ingest -> {extract, store}; store -> extract (types
# only); common/ is used by all and uses nothing; extract includes nothing but common.
# A module may include only the PUBLIC headers of the modules it depends on (lists below; a
# module without a list exports every header). Tests (tests/) and benchmarks (tools/bench/)
# may include internal headers to test and measure them; so may the NER trainer
# (tools/ner_train/), which shares the tagger's feature code.

cmake_minimum_required(VERSION 3.25)

set(NF_MODULES common extract store ingest tools)
set(NF_DEPS_common "")
set(NF_DEPS_extract common)
set(NF_DEPS_store common extract)
set(NF_DEPS_ingest common extract store)
set(NF_DEPS_tools common extract store ingest)
# Public headers; everything else in the folder is private to its module.
set(NF_PUBLIC_extract article.h extractor.h figure.h figure_json.h gazetteer.h metrics.h)
set(NF_PUBLIC_store store.h fact_format.h fact_query.h record.h record_listing.h)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "check_includes.cmake: pass -DSOURCE_DIR=<repo>")
endif()

set(violations "")
foreach(module IN LISTS NF_MODULES)
  file(GLOB_RECURSE files LIST_DIRECTORIES false
       "${SOURCE_DIR}/${module}/*.h" "${SOURCE_DIR}/${module}/*.cc" "${SOURCE_DIR}/${module}/*.in")
  foreach(f IN LISTS files)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    if(rel MATCHES "^tools/(bench|ner_train)/")
      continue()
    endif()
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" path "${line}")
      if(NOT path MATCHES "^([a-z_]+)/(.+)$")
        continue()
      endif()
      set(target "${CMAKE_MATCH_1}")
      set(header "${CMAKE_MATCH_2}")
      if(target STREQUAL module OR NOT target IN_LIST NF_MODULES)
        continue()
      endif()
      if(NOT target IN_LIST NF_DEPS_${module})
        list(APPEND violations "${rel}: includes \"${path}\" but ${module}/ may not depend on ${target}/")
      elseif(DEFINED NF_PUBLIC_${target} AND NOT header IN_LIST NF_PUBLIC_${target})
        list(APPEND violations "${rel}: includes \"${path}\", a header private to ${target}/")
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "module boundaries violated (tools/check_includes.cmake):\n  ${text}")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
