#!/usr/bin/env python3
"""Writes extract/data/cities.txt: cities and towns of geonames.org (the cities of Debian's
libgeonames0, ≥ 15,000 inhabitants) at or above a population threshold, with their German and
Spanish names from the package's translations (gettext domain "geonames", keyed by the
geonames id); the English name is the geonames name.

Usage: tools/places/cities.py [--min-population N] [LIBGEONAMES] [LOCALE_DIR] > extract/data/cities.txt
Defaults: 50000, the installed libgeonames.so.0 (libgeonames0), /usr/share/locale
(libgeonames-common). Generation time only: the extractor reads the text file, never the
library. Reproducible: the output depends only on the package's data (rows sorted by country
code, then population, descending, then name).

Filtered here by data only (the extractor drops ambiguous one-word names at load time, as for
regions: extract/ner_tagger.cc, BuildPlaces): a name with a digit, bracket, slash or comma,
of more than three words or fewer than three letters; a spelling that cities of two or more
countries share unless the largest of them is ten times every other country's ("Córdoba",
"Valencia", "Hamilton": not one place); a spelling that is also another city's spelling in a
language is given to the larger one only; a spelling that the Debian word list of the column's
language (wngerman, wspanish, wamerican: /usr/share/dict) holds in lower case is a common word
there ("Mobile", "Bordeaux" in English, "Colonia" in Spanish) or a word-like surname ("García",
"Montero") and is written "!name": the place's name in that language's output, never looked
for in its texts.
"""
import argparse
import ctypes
import ctypes.util
import gettext
import re
import subprocess


def package_version(pkg):
    """The installed package's version (dpkg), recorded in the header."""
    try:
        out = subprocess.run(['dpkg-query', '-W', '-f=${Version}', pkg],
                             capture_output=True, text=True, check=False)
        return out.stdout.strip() or 'unknown'
    except OSError:
        return 'unknown'


def read_cities(lib_path):
    """(geonames id, name, country code, population) of every city of the library."""
    lib = ctypes.CDLL(lib_path)
    glib = ctypes.CDLL(ctypes.util.find_library('glib-2.0') or 'libglib-2.0.so.0')
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    for f in ('name', 'country_code'):
        getattr(lib, 'geonames_city_get_' + f).restype = ctypes.c_char_p
        getattr(lib, 'geonames_city_get_' + f).argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    # A city is the GVariant (sssssssudd); its first child is the geonames id, the key of the
    # translations. The library has no getter for it.
    glib.g_variant_get_child_value.restype = ctypes.c_void_p
    glib.g_variant_get_child_value.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    glib.g_variant_get_string.restype = ctypes.c_char_p
    glib.g_variant_get_string.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    glib.g_variant_unref.argtypes = [ctypes.c_void_p]
    out = []
    for i in range(lib.geonames_get_n_cities()):
        c = lib.geonames_get_city(i)
        v = glib.g_variant_get_child_value(c, 0)
        gid = glib.g_variant_get_string(v, None).decode()
        glib.g_variant_unref(v)
        out.append((gid, lib.geonames_city_get_name(c).decode(),
                    lib.geonames_city_get_country_code(c).decode(),
                    lib.geonames_city_get_population(c)))
        lib.geonames_city_free(c)
    return out


def usable(name):
    """Whether a spelling has a name's shape (see the module's doc)."""
    return (len(name) >= 3 and name[0].isupper() and len(name.split()) <= 3 and
            not re.search(r'[0-9()\[\]/,]', name))


DICTS = ('/usr/share/dict/ngerman', '/usr/share/dict/spanish', '/usr/share/dict/american-english')


def lower_words(path):
    """The words of a word list that start with a lower-case letter."""
    out = set()
    with open(path, encoding='utf-8') as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower():
                out.add(w)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--min-population', type=int, default=50000)
    ap.add_argument('lib', nargs='?', default='libgeonames.so.0')
    ap.add_argument('locale_dir', nargs='?', default='/usr/share/locale')
    ap.add_argument('--dicts', default=','.join(DICTS))
    a = ap.parse_args()
    common = [lower_words(p) for p in a.dicts.split(',')]  # de, es, en
    tr = {}
    for lang in ('de', 'es'):
        with open(f'{a.locale_dir}/{lang}/LC_MESSAGES/geonames.mo', 'rb') as f:
            tr[lang] = gettext.GNUTranslations(f)
    rows = []
    for gid, name, cc, pop in read_cities(a.lib):
        if pop < a.min_population:
            continue
        en = name.strip()
        de = tr['de'].gettext(gid)
        es = tr['es'].gettext(gid)
        de = en if de == gid else de.strip()
        es = en if es == gid else es.strip()
        rows.append((cc, pop, gid, [de, es, en]))
    # Per spelling: the population of its largest city in each country.
    by_country = {}
    for cc, pop, _, names in rows:
        for n in set(names):
            d = by_country.setdefault(n.lower(), {})
            d[cc] = max(d.get(cc, 0), pop)
    def shared(n):
        pops = sorted(by_country[n.lower()].values(), reverse=True)
        return len(pops) >= 2 and pops[0] < 10 * pops[1]
    rows.sort(key=lambda r: (r[0], -r[1], r[3][2], r[2]))
    # A spelling goes to the largest city that has it (rows of larger cities come first within
    # a country; across countries the shared test above has settled it).
    largest = {}
    for cc, pop, gid, names in rows:
        for n in names:
            k = n.lower()
            if k not in largest or largest[k][0] < pop:
                largest[k] = (pop, gid)
    print('# Cities and towns: country code, then German, Spanish and English names (|-separated')
    print('# spellings, the first canonical). GENERATED by tools/places/cities.py from Debian')
    print(f'# libgeonames0 {package_version("libgeonames0")} / libgeonames-common '
          f'{package_version("libgeonames-common")}. Do not edit.')
    print('# Data: GeoNames (geonames.org), licensed under CC BY 4.0,')
    print('# https://creativecommons.org/licenses/by/4.0/ . Modified: only towns of')
    print(f'# {a.min_population:,}+ inhabitants selected; names with a digit, bracket, slash or '
          'comma,')
    print('# of more than three words or under three letters, spellings shared across countries')
    print('# and spellings of a larger town removed; a spelling that is a lower-case word of')
    print(f'# wngerman {package_version("wngerman")}, wspanish {package_version("wspanish")} or '
          f'wamerican {package_version("wamerican")}')
    print('# (the column\'s language) is kept as "!name": the town\'s name in that language\'s')
    print('# output, never searched for in its texts.')
    for cc, pop, gid, names in rows:
        ok = [n for n in dict.fromkeys(names)
              if usable(n) and not shared(n) and largest[n.lower()][1] == gid]
        if names[2] not in ok:
            continue
        # Each language's own spelling first, then the geonames (English) one.
        cols = []
        for l, n in enumerate(names):
            col = [m for m in dict.fromkeys([n, names[2]]) if m in ok] or [names[2]]
            cols.append('|'.join(('!' + m if m.lower() in common[l] else m) for m in col))
        if any(not m.startswith('!') for c in cols for m in c.split('|')):
            print(cc + '\t' + '\t'.join(cols))


if __name__ == '__main__':
    main()
