/* textkit's query ranking, compiled: the same work as SearchIndex._rank_one / _rank_all in
 * textkit/index.py, for one query or a batch, in one call.
 *
 * numpy pays a few microseconds a call; a query made some forty calls, so the per-query cost was
 * call overhead, not arithmetic. Here a query is: intersect each part's n-gram postings, check the
 * text where the n-grams do not prove the part, add the BM25 word scores and the verbatim parts'
 * weights, and keep the k best. The numpy path stays the reference: results are the same excerpts
 * in the same order with the same scores (every sum is made in the same order), which the tests
 * check.
 *
 * Only the buffer protocol is used (no numpy headers). Arguments are read while holding the GIL;
 * the ranking itself runs without it (plain C, malloc), so threads can rank side by side. Every
 * position read from the index is checked first: a damaged index file raises ValueError, never
 * reads out of bounds.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CORRUPT() do { PyErr_SetString(PyExc_ValueError, "index arrays out of bounds"); goto fail; } while (0)

typedef struct {
    Py_buffer b[14];
    int held;
    const int64_t *gkey, *gptr, *wptr, *koff;
    const int32_t *gdoc, *wdoc, *wtf;
    const double *idf, *norm, *boost;
    const char *blob;
    double k1p1;  /* k1 + 1 */
    Py_ssize_t n_gkey, n_gdoc, n_wterm, n_wdoc, n_docs, n_blob;
    double *dense;  /* scratch, n_docs doubles, all zero between calls */
    unsigned char *mark;  /* scratch, n_docs bytes, all zero between calls */
    int32_t *tier;  /* scratch, n_docs int32, all zero between calls */
} Arrays;

static void release(Arrays *a) {
    for (int i = 0; i < a->held; i++) PyBuffer_Release(&a->b[i]);
    a->held = 0;
}

/* Take buffer i of the tuple with items of `size` bytes of kind `kind` ('i' integer, 'f' float, 'b' bytes). */
static const void *take(Arrays *a, PyObject *tuple, int i, Py_ssize_t size, char kind, int writable, Py_ssize_t *n) {
    PyObject *obj = PyTuple_GET_ITEM(tuple, i);
    Py_buffer *v = &a->b[a->held];
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, v, kind == 'b' ? (PyBUF_SIMPLE | (writable ? PyBUF_WRITABLE : 0)) : flags) < 0)
        return NULL;
    a->held++;
    if (kind != 'b') {
        const char *f = v->format ? v->format : "B";
        if (*f == '<' || *f == '=' || *f == '@') f++;
        int is_float = (*f == 'd' || *f == 'f' || *f == 'e');
        if (v->itemsize != size || (kind == 'f') != is_float || f[1] != '\0') {
            PyErr_Format(PyExc_TypeError, "array %d: expected %zd-byte %s items", i, size,
                         kind == 'f' ? "float" : "integer");
            return NULL;
        }
        *n = v->len / size;
    } else {
        *n = v->len;
    }
    return v->buf;
}

static int take_all(Arrays *a, PyObject *t, double k1) {
    Py_ssize_t n_gptr, n_tf, n_idf, n_norm, n_boost, n_koff, n_dense, n_mark, n_tier;
    a->held = 0;
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 14) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple of 14 arrays");
        return -1;
    }
    if (!(a->gkey = take(a, t, 0, 8, 'i', 0, &a->n_gkey))) return -1;
    if (!(a->gptr = take(a, t, 1, 8, 'i', 0, &n_gptr))) return -1;
    if (!(a->gdoc = take(a, t, 2, 4, 'i', 0, &a->n_gdoc))) return -1;
    if (!(a->wptr = take(a, t, 3, 8, 'i', 0, &a->n_wterm))) return -1;
    if (!(a->wdoc = take(a, t, 4, 4, 'i', 0, &a->n_wdoc))) return -1;
    if (!(a->wtf = take(a, t, 5, 4, 'i', 0, &n_tf))) return -1;
    if (!(a->idf = take(a, t, 6, 8, 'f', 0, &n_idf))) return -1;
    if (!(a->norm = take(a, t, 7, 8, 'f', 0, &n_norm))) return -1;
    if (!(a->boost = take(a, t, 8, 8, 'f', 0, &n_boost))) return -1;
    if (!(a->blob = take(a, t, 9, 1, 'b', 0, &a->n_blob))) return -1;
    if (!(a->koff = take(a, t, 10, 8, 'i', 0, &n_koff))) return -1;
    if (!(a->dense = (double *)take(a, t, 11, 8, 'f', 1, &n_dense))) return -1;
    if (!(a->mark = (unsigned char *)take(a, t, 12, 1, 'b', 1, &n_mark))) return -1;
    if (!(a->tier = (int32_t *)take(a, t, 13, 4, 'i', 1, &n_tier))) return -1;
    a->n_docs = n_norm;
    a->n_wterm -= 1;
    a->k1p1 = k1 + 1;
    if (n_gptr != a->n_gkey + 1 || a->n_wterm < 0 || n_tf != a->n_wdoc || n_idf < a->n_wterm || n_boost != n_norm
        || n_koff != n_norm + 1 || n_dense != n_norm || n_mark != n_norm || n_tier != n_norm) {
        PyErr_SetString(PyExc_ValueError, "index arrays do not fit together");
        return -1;
    }
    return 0;
}

/* First position in sorted a[lo:hi] whose value is >= x (galloping from lo, then binary search). */
static Py_ssize_t seek32(const int32_t *a, Py_ssize_t lo, Py_ssize_t hi, int32_t x) {
    Py_ssize_t step = 1, prev = lo;
    while (lo < hi && a[lo] < x) {
        prev = lo;
        lo += step;
        step <<= 1;
    }
    if (lo > hi) lo = hi;
    Py_ssize_t l = prev, r = lo;
    while (l < r) {
        Py_ssize_t m = l + (r - l) / 2;
        if (a[m] < x) l = m + 1; else r = m;
    }
    return l;
}

/* The same over a sorted int64 array. */
static Py_ssize_t seek32_64(const int64_t *a, Py_ssize_t lo, Py_ssize_t hi, int64_t x) {
    while (lo < hi) {
        Py_ssize_t m = lo + (hi - lo) / 2;
        if (a[m] < x) lo = m + 1; else hi = m;
    }
    return lo;
}

typedef struct { double key; int64_t doc; } Entry;

/* Whether entry x ranks above y: higher key first, then the lower excerpt number. */
static inline int above(const Entry *x, const Entry *y) {
    return x->key > y->key || (x->key == y->key && x->doc < y->doc);
}

/* Max-heap on `above` (the best at e[0]). */
static void sift_down(Entry *e, Py_ssize_t n, Py_ssize_t i, int best_on_top) {
    for (;;) {
        Py_ssize_t l = 2 * i + 1, r = l + 1, m = i;
        if (best_on_top) {
            if (l < n && above(&e[l], &e[m])) m = l;
            if (r < n && above(&e[r], &e[m])) m = r;
        } else {  /* worst on top: a bounded heap of the best seen so far */
            if (l < n && above(&e[m], &e[l])) m = l;
            if (r < n && above(&e[m], &e[r])) m = r;
        }
        if (m == i) return;
        Entry t = e[i]; e[i] = e[m]; e[m] = t;
        i = m;
    }
}

static void heapify(Entry *e, Py_ssize_t n, int best_on_top) {
    for (Py_ssize_t i = n / 2 - 1; i >= 0; i--) sift_down(e, n, i, best_on_top);
}

static int by_rank(const void *x, const void *y) {
    const Entry *a = x, *b = y;
    return above(a, b) ? -1 : above(b, a) ? 1 : 0;
}

/* The `k` best entries of e[0:n], best first, moved to e[0:min(k, n)]; returns their number. */
static Py_ssize_t best_k(Entry *e, Py_ssize_t n, Py_ssize_t k) {
    if (k <= 0) return 0;
    if (n > k) {
        heapify(e, k, 0);
        for (Py_ssize_t i = k; i < n; i++) {
            if (above(&e[i], &e[0])) {
                e[0] = e[i];
                sift_down(e, k, 0, 0);
            }
        }
        n = k;
    }
    qsort(e, (size_t)n, sizeof(Entry), by_rank);
    return n;
}

/* Does excerpt d's analysis form hold the needle? (-1: bad offsets) */
static int holds(const Arrays *a, int64_t d, const char *needle, Py_ssize_t len) {
    int64_t lo = a->koff[d], hi = a->koff[d + 1];
    if (lo < 0 || lo > hi || hi > a->n_blob) return -1;
    if (len == 0) return 1;
    return memmem(a->blob + lo, (size_t)(hi - lo), needle, (size_t)len) != NULL;
}

/* Add every posting of the query terms into the dense scratch (term order, as numpy sums);
   the excerpts touched are appended to `touched` at *n (marked with bit 1 so each is listed
   once, and so that the caller zeroes them again even after an error). */
static int accumulate(Arrays *a, const int64_t *terms, const double *counts, Py_ssize_t n_terms,
                      int64_t *touched, Py_ssize_t *n) {
    for (Py_ssize_t j = 0; j < n_terms; j++) {
        int64_t t = terms[j], lo = a->wptr[t], hi = a->wptr[t + 1];
        double idf = a->idf[t], c = counts[j];
        for (int64_t p = lo; p < hi; p++) {
            int64_t d = a->wdoc[p];
            if (d < 0 || d >= a->n_docs) return -1;
            double tf = (double)a->wtf[p];
            if (!(a->mark[d] & 1)) {
                a->mark[d] |= 1;
                touched[(*n)++] = d;
            }
            a->dense[d] += idf * tf * a->k1p1 / (tf + a->norm[d]) * c;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ one query, without the GIL */

enum { SHOULD = 0, MUST = 1, NOT = 2 };
enum { OK = 0, BAD = -1, NOMEM = -2 };

typedef struct {
    int kind, exact;
    int64_t *keys;
    Py_ssize_t n_keys;
    char *needle;
    Py_ssize_t needle_len;
    /* filled in by the ranking: */
    int64_t *held;  /* sorted excerpts holding the part (checked against the text) */
    Py_ssize_t n_held, df;
} Part;

typedef struct {
    Part *parts;
    Py_ssize_t n_parts;
    int64_t *terms;
    double *counts;
    Py_ssize_t n_terms;
    Py_buffer allowed;  /* one byte an excerpt; .buf NULL when every excerpt is allowed */
    /* the answer: */
    Entry *out;
    Py_ssize_t n_out;
} Query;

/* ------------------------------------------------------------------ the best word scores, pruned */

typedef struct { int64_t lo, hi; double idf, c, ub; } Span;

static int by_length(const void *x, const void *y) {
    const Span *a = x, *b = y;
    int64_t la = a->hi - a->lo, lb = b->hi - b->lo;
    return (la > lb) - (la < lb);
}

static int by_doc(const void *x, const void *y) {
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

/* The k-th largest dense[d] over docs[0:n] (-1 when n < k). */
static double kth_best(const Arrays *a, const int64_t *docs, Py_ssize_t n, Py_ssize_t k, double *heap) {
    if (k <= 0 || n < k) return -1.0;
    Py_ssize_t h = 0;  /* a min-heap of the k largest so far */
    for (Py_ssize_t i = 0; i < n; i++) {
        double v = a->dense[docs[i]];
        if (h < k) {
            Py_ssize_t c = h++;
            while (c > 0 && heap[(c - 1) / 2] > v) { heap[c] = heap[(c - 1) / 2]; c = (c - 1) / 2; }
            heap[c] = v;
        } else if (v > heap[0]) {
            Py_ssize_t c = 0;
            for (;;) {
                Py_ssize_t l = 2 * c + 1, r = l + 1, m = c;
                double mv = v;
                if (l < k && heap[l] < mv) { m = l; mv = heap[l]; }
                if (r < k && heap[r] < mv) { m = r; }
                if (m == c) break;
                heap[c] = heap[m];
                c = m;
            }
            heap[c] = v;
        }
    }
    return heap[0];
}

/* A threshold a little below theta: rounding (sums made in another order) never prunes a document
   whose exact score could reach it. */
static inline double below(double theta) { return theta - (fabs(theta) * 1e-9 + 1e-12); }

/* The excerpts that can be among the k best by word score alone, with their exact scores (summed in
   query-term order, as accumulate and numpy sum), into *out (n_out entries; docs with mark bit 2
   left out). Terms are added rarest first; once the bound on what the remaining terms can add
   (idf x (k1 + 1) x count each) falls below the k-th best partial score, no excerpt not yet
   touched can make the k best, and the remaining (common) terms are looked up only for the
   excerpts that still can (quit / continue). The excerpts touched are listed as accumulate lists them. */
static int best_words(Arrays *a, Query *q, Py_ssize_t k, int64_t *touched, Py_ssize_t *n_touched,
                      Entry **out, Py_ssize_t *n_out) {
    Py_ssize_t n = q->n_terms, j = 0, n_live = 0;
    Span *ts = malloc((size_t)(n ? n : 1) * sizeof(Span));
    double *heap = malloc((size_t)(k ? k : 1) * sizeof(double)), rest = 0.0, top = 0.0, theta = -1.0;
    int64_t *live = NULL;
    int rc = OK;
    *out = NULL;
    *n_out = 0;
    if (!ts || !heap) { rc = NOMEM; goto done; }
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t t = q->terms[i];
        ts[i].lo = a->wptr[t];
        ts[i].hi = a->wptr[t + 1];
        ts[i].idf = a->idf[t];
        ts[i].c = q->counts[i];
        ts[i].ub = a->idf[t] * a->k1p1 * q->counts[i];  /* tf / (tf + norm) < 1 */
        rest += ts[i].ub;
    }
    qsort(ts, (size_t)n, sizeof(Span), by_length);
    int quit = 0;
    for (; j < n && !quit; j++) {
        for (int64_t p = ts[j].lo; p < ts[j].hi; p++) {
            int64_t d = a->wdoc[p];
            if (d < 0 || d >= a->n_docs) { rc = BAD; goto done; }
            double tf = (double)a->wtf[p];
            if (!(a->mark[d] & 1)) {
                a->mark[d] |= 1;
                touched[(*n_touched)++] = d;
            }
            a->dense[d] += ts[j].idf * tf * a->k1p1 / (tf + a->norm[d]) * ts[j].c;
            if (a->dense[d] > top) top = a->dense[d];
        }
        rest -= ts[j].ub;
        if (rest < 0) rest = 0;
        if (j + 1 < n && rest < below(top)) {
            theta = kth_best(a, touched, *n_touched, k, heap);
            if (theta > 0 && rest < below(theta)) quit = 1;
        }
    }
    live = malloc((size_t)(*n_touched ? *n_touched : 1) * sizeof(int64_t));
    if (!live) { rc = NOMEM; goto done; }
    for (Py_ssize_t i = 0; i < *n_touched; i++)
        if (!quit || a->dense[touched[i]] + rest >= below(theta)) live[n_live++] = touched[i];
    if (quit) qsort(live, (size_t)n_live, sizeof(int64_t), by_doc);  /* read forward in each posting list */
    for (; j < n; j++) {  /* the common terms, for the excerpts still in the running */
        int64_t pos = ts[j].lo, hi = ts[j].hi;
        for (Py_ssize_t i = 0; i < n_live && pos < hi; i++) {
            pos = seek32(a->wdoc, pos, hi, (int32_t)live[i]);
            if (pos < hi && a->wdoc[pos] == live[i]) {
                double tf = (double)a->wtf[pos];
                a->dense[live[i]] += ts[j].idf * tf * a->k1p1 / (tf + a->norm[live[i]]) * ts[j].c;
            }
        }
        rest -= ts[j].ub;
        if (rest < 0) rest = 0;
        if (quit && j + 1 < n) {  /* partial scores only grow: theta may rise, and fewer can reach it */
            double now = kth_best(a, live, n_live, k, heap);
            if (now > theta) theta = now;
            Py_ssize_t m = 0;
            for (Py_ssize_t i = 0; i < n_live; i++)
                if (a->dense[live[i]] + rest >= below(theta)) live[m++] = live[i];
            n_live = m;
        }
    }
    /* Every live excerpt has its whole score now (summed in another order): keep those near the k best. */
    theta = kth_best(a, live, n_live, k, heap);
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n_live; i++)
        if (theta < 0 || a->dense[live[i]] >= below(theta)) live[m++] = live[i];
    n_live = m;
    if (!quit) qsort(live, (size_t)n_live, sizeof(int64_t), by_doc);  /* a few left: sorted for the pass below */
    /* Their exact scores, summed in query-term order. */
    *out = malloc((size_t)(n_live ? n_live : 1) * sizeof(Entry));
    if (!*out) { rc = NOMEM; goto done; }
    for (Py_ssize_t i = 0; i < n_live; i++) { (*out)[i].doc = live[i]; (*out)[i].key = 0.0; }
    for (Py_ssize_t jj = 0; jj < n; jj++) {
        int64_t t = q->terms[jj], pos = a->wptr[t], hi = a->wptr[t + 1];
        double idf = a->idf[t], c = q->counts[jj];
        for (Py_ssize_t i = 0; i < n_live && pos < hi; i++) {
            int64_t d = live[i];
            pos = seek32(a->wdoc, pos, hi, (int32_t)d);
            if (pos < hi && a->wdoc[pos] == d) {
                double tf = (double)a->wtf[pos];
                (*out)[i].key += idf * tf * a->k1p1 / (tf + a->norm[d]) * c;
            }
        }
    }
    m = 0;
    for (Py_ssize_t i = 0; i < n_live; i++)
        if (!(a->mark[(*out)[i].doc] & 2)) (*out)[m++] = (*out)[i];
    *n_out = m;
done:
    free(ts);
    free(heap);
    free(live);
    return rc;
}

static int cmp_range(const void *x, const void *y) {
    const int64_t *a = x, *b = y;
    int64_t la = a[1] - a[0], lb = b[1] - b[0];
    return (la > lb) - (la < lb);
}

/* The postings range of an n-gram key: 1 found, 0 absent, BAD out of bounds. */
static int gram_range(const Arrays *a, int64_t key, int64_t *range) {
    Py_ssize_t l = 0, r = a->n_gkey;
    while (l < r) {
        Py_ssize_t m = l + (r - l) / 2;
        if (a->gkey[m] < key) l = m + 1; else r = m;
    }
    if (l == a->n_gkey || a->gkey[l] != key) return 0;
    int64_t lo = a->gptr[l], hi = a->gptr[l + 1];
    if (lo < 0 || lo > hi || hi > a->n_gdoc) return BAD;
    range[0] = lo;
    range[1] = hi;
    return 1;
}

/* Keep the candidates found in each of the n ranges (shortest first); returns how many are left. */
static Py_ssize_t intersect_ranges(const Arrays *a, int64_t *ranges, Py_ssize_t n_ranges, int64_t *cand, Py_ssize_t n) {
    qsort(ranges, (size_t)n_ranges, 2 * sizeof(int64_t), cmp_range);
    for (Py_ssize_t j = 0; j < n_ranges && n; j++) {
        Py_ssize_t pos = ranges[2 * j], hi = ranges[2 * j + 1], kept = 0;
        for (Py_ssize_t i = 0; i < n && pos < hi; i++) {
            pos = seek32(a->gdoc, pos, hi, (int32_t)cand[i]);
            if (pos < hi && a->gdoc[pos] == cand[i]) cand[kept++] = cand[i];
        }
        n = kept;
    }
    return n;
}

#define FIRST_KEYS 6  /* a long part's keys looked up first, spread over it */

/* Excerpts holding every n-gram key of the part (sorted, into *out; NULL when none): postings
   intersected shortest first, as postings.intersect does. A long part (a pasted question) has
   dozens of keys, each a binary search: a few keys spread over it are intersected first, and
   the others looked up only if some excerpt holds all of those (the same set in the end). */
static int grams(const Arrays *a, const Part *p, int64_t **out, Py_ssize_t *n_out) {
    *out = NULL;
    *n_out = 0;
    Py_ssize_t n_keys = p->n_keys, n_first = n_keys <= FIRST_KEYS + 2 ? n_keys : FIRST_KEYS, n = 0;
    if (n_keys == 0) return OK;
    int64_t *ranges = malloc((size_t)n_keys * 2 * sizeof(int64_t)), *cand = NULL;
    unsigned char *used = calloc((size_t)n_keys, 1);
    int rc = OK;
    if (!ranges || !used) { rc = NOMEM; goto done; }
    for (Py_ssize_t t = 0; t < n_first; t++) {
        Py_ssize_t i = n_first == n_keys ? t : t * n_keys / n_first;
        used[i] = 1;
        int found = gram_range(a, p->keys[i], &ranges[2 * t]);
        if (found <= 0) { rc = found < 0 ? BAD : OK; goto done; }  /* absent: no excerpt holds the part */
    }
    qsort(ranges, (size_t)n_first, 2 * sizeof(int64_t), cmp_range);
    n = ranges[1] - ranges[0];
    if (!(cand = malloc((size_t)(n ? n : 1) * sizeof(int64_t)))) { rc = NOMEM; goto done; }
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t d = a->gdoc[ranges[0] + i];
        if (d < 0 || d >= a->n_docs) { rc = BAD; goto done; }
        cand[i] = d;
    }
    n = intersect_ranges(a, ranges + 2, n_first - 1, cand, n);
    if (n && n_first < n_keys) {  /* the rest of the keys */
        Py_ssize_t m = 0;
        for (Py_ssize_t i = 0; i < n_keys; i++) {
            if (used[i]) continue;
            int found = gram_range(a, p->keys[i], &ranges[2 * m]);
            if (found < 0) { rc = BAD; goto done; }
            if (!found) { n = 0; break; }
            m++;
        }
        if (n) n = intersect_ranges(a, ranges, m, cand, n);
    }
done:
    free(ranges);
    free(used);
    if (rc != OK || !n) { free(cand); cand = NULL; n = 0; }  /* NULL: no excerpt holds it */
    *out = cand;
    *n_out = n;
    return rc;
}

/* p->held, p->df: the excerpts holding the part, read from the text where the n-grams don't prove it. */
static int holding(const Arrays *a, Part *p) {
    int rc = grams(a, p, &p->held, &p->n_held);
    if (rc != OK) return rc;
    p->df = p->n_held;
    if (!p->exact) {
        Py_ssize_t kept = 0;
        for (Py_ssize_t i = 0; i < p->n_held; i++) {
            int h = holds(a, p->held[i], p->needle, p->needle_len);
            if (h < 0) return BAD;
            if (h) p->held[kept++] = p->held[i];
        }
        p->n_held = kept;
    }
    return OK;
}

/* How many postings the query's words have, or -1 when a word id or its postings are out of bounds:
   rank_query checks this once, before anything reads those postings. */
static int64_t postings_of(const Arrays *a, const Query *q) {
    int64_t n = 0;
    for (Py_ssize_t j = 0; j < q->n_terms; j++) {
        int64_t t = q->terms[j];
        if (t < 0 || t >= a->n_wterm) return -1;
        int64_t lo = a->wptr[t], hi = a->wptr[t + 1];
        if (lo < 0 || lo > hi || hi > a->n_wdoc) return -1;
        n += hi - lo;
    }
    return n;
}

static double part_idf(const Arrays *a, Py_ssize_t df) {
    return log1p(((double)(a->n_docs - df) + 0.5) / ((double)df + 0.5));  /* Lucene's, as phrase_weight */
}

/* The query of one part and no filter (SearchIndex._rank_one): holders best first, read from the
   text only until k are found, then for a `should` part the best word scores of the rest. */
/* The `want` best candidates by total (the part's verbatim weight and the words' scores, summed in
   query-term order as everywhere), best first, into ent; returns their number. The candidates are
   sorted, so each word's postings are read forward once (galloping), with no scratch array. */
static Py_ssize_t scored_best(const Arrays *a, const Query *q, const int64_t *cand, Py_ssize_t df, double idf,
                              Py_ssize_t want, Entry *ent, int64_t *pos) {
    for (Py_ssize_t j = 0; j < q->n_terms; j++) pos[j] = a->wptr[q->terms[j]];
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < df; i++) {
        int64_t d = cand[i];
        double s = 0.0, norm = a->norm[d];
        for (Py_ssize_t j = 0; j < q->n_terms; j++) {
            int64_t t = q->terms[j], hi = a->wptr[t + 1];
            if (pos[j] >= hi) continue;
            pos[j] = seek32(a->wdoc, pos[j], hi, (int32_t)d);
            if (pos[j] < hi && a->wdoc[pos[j]] == d) {
                double tf = (double)a->wtf[pos[j]];
                s += a->idf[t] * tf * a->k1p1 / (tf + norm) * q->counts[j];
            }
        }
        /* boost[d] is (k1 + 1) / (1 + norm[d]): made from the norm read anyway, the same double. */
        Entry e = {a->k1p1 / (1.0 + norm) * idf + s, d};
        if (n < want) {
            ent[n++] = e;
            if (n == want) heapify(ent, want, 0);
        } else if (above(&e, &ent[0])) {
            ent[0] = e;
            sift_down(ent, want, 0, 0);
        }
    }
    qsort(ent, (size_t)n, sizeof(Entry), by_rank);
    return n;
}

/* The query of one part and no filter (SearchIndex._rank_one): holders best first, read from the
   text only until k are found, then for a `should` part the best word scores of the rest. */
static int rank_one_part(Arrays *a, Query *q, Py_ssize_t k, int64_t *touched, Py_ssize_t *n_touched) {
    Part *p = &q->parts[0];
    int64_t *cand = NULL, *pos = NULL;
    Entry *ent = NULL;
    int rc = grams(a, p, &cand, &p->df);
    if (rc != OK) goto done;
    Py_ssize_t df = p->df;
    q->out = malloc((size_t)(k ? k : 1) * sizeof(Entry));
    pos = malloc((size_t)(q->n_terms ? q->n_terms : 1) * sizeof(int64_t));
    if (!q->out || !pos) { rc = NOMEM; goto done; }
    if (df && k) {
        double idf = part_idf(a, df);
        /* The best candidates by score; where the n-grams do not prove the part, twice as many as
           asked, read from the text best first, and more only if too few of those hold it. */
        Py_ssize_t want = p->exact ? k : 2 * k;
        for (;;) {
            if (want > df) want = df;
            free(ent);
            if (!(ent = malloc((size_t)want * sizeof(Entry)))) { rc = NOMEM; goto done; }
            Py_ssize_t n = scored_best(a, q, cand, df, idf, want, ent, pos);
            q->n_out = 0;
            for (Py_ssize_t i = 0; i < n && q->n_out < k; i++) {
                int h = p->exact ? 1 : holds(a, ent[i].doc, p->needle, p->needle_len);
                if (h < 0) { rc = BAD; goto done; }
                if (h) q->out[q->n_out++] = ent[i];
            }
            if (q->n_out == k || want == df) break;  /* the rest rank below every candidate read */
            want *= 4;
        }
    }
    if (q->n_out < k && p->kind == SHOULD && q->n_terms) {  /* too few hold the part itself */
        for (Py_ssize_t i = 0; i < q->n_out; i++) a->mark[q->out[i].doc] |= 2;
        free(ent);
        ent = NULL;
        Py_ssize_t n = 0;
        rc = best_words(a, q, k, touched, n_touched, &ent, &n);  /* only the excerpts that can make the k best */
        for (Py_ssize_t i = 0; i < q->n_out; i++) a->mark[q->out[i].doc] &= (unsigned char)~2;
        if (rc != OK) goto done;
        if (!ent) { rc = NOMEM; goto done; }
        Py_ssize_t more = best_k(ent, n, k - q->n_out);
        memcpy(q->out + q->n_out, ent, (size_t)more * sizeof(Entry));
        q->n_out += more;
    }
done:
    free(cand);
    free(pos);
    free(ent);
    return rc;
}

/* Any query (SearchIndex._rank_all): must-parts intersect, else words and should-parts unite;
   the filter and not-parts remove; excerpts holding more should-parts verbatim come first. */
static int rank_all_parts(Arrays *a, Query *q, Py_ssize_t k, int64_t *touched, Py_ssize_t *n_touched,
                          int64_t **pool_out, Py_ssize_t *n_pool_out) {
    int rc = OK, any_must = 0;
    Entry *ent = NULL;
    int64_t *pool = NULL;  /* every excerpt ever put among the candidates (for cleaning up) */
    Py_ssize_t n_pool = 0, room = 0;
    for (Py_ssize_t i = 0; i < q->n_parts; i++) {
        Part *p = &q->parts[i];
        if (p->kind == NOT) continue;
        if ((rc = holding(a, p)) != OK) goto done;
        room += p->n_held;
        any_must |= p->kind == MUST;
    }
    if (accumulate(a, q->terms, q->counts, q->n_terms, touched, n_touched) < 0) { rc = BAD; goto done; }
    room += *n_touched;
    pool = malloc((size_t)(room ? room : 1) * sizeof(int64_t));
    if (!pool) { rc = NOMEM; goto done; }
    if (any_must) {  /* excerpts holding every must-part */
        Part *first = NULL;
        for (Py_ssize_t i = 0; i < q->n_parts; i++)
            if (q->parts[i].kind == MUST && (!first || q->parts[i].n_held < first->n_held)) first = &q->parts[i];
        for (Py_ssize_t i = 0; i < first->n_held; i++) {
            int64_t d = first->held[i];
            int all = 1;
            for (Py_ssize_t j = 0; j < q->n_parts && all; j++) {
                Part *p = &q->parts[j];
                if (p->kind != MUST || p == first) continue;
                Py_ssize_t at = seek32_64(p->held, 0, p->n_held, d);
                all = at < p->n_held && p->held[at] == d;
            }
            if (all) { pool[n_pool++] = d; a->mark[d] |= 4; }
        }
    } else {  /* excerpts with any query word or holding any should-part */
        for (Py_ssize_t i = 0; i < *n_touched; i++) { pool[n_pool++] = touched[i]; a->mark[touched[i]] |= 4; }
        for (Py_ssize_t j = 0; j < q->n_parts; j++) {
            Part *p = &q->parts[j];
            if (p->kind != SHOULD) continue;
            for (Py_ssize_t i = 0; i < p->n_held; i++) {
                int64_t d = p->held[i];
                if (!(a->mark[d] & 4)) { a->mark[d] |= 4; pool[n_pool++] = d; }
            }
        }
    }
    if (q->allowed.buf) {
        const unsigned char *ok = q->allowed.buf;
        for (Py_ssize_t i = 0; i < n_pool; i++)
            if (!ok[pool[i]]) a->mark[pool[i]] &= (unsigned char)~4;
    }
    for (Py_ssize_t j = 0; j < q->n_parts; j++) {  /* not-parts: drop the candidates holding them */
        Part *p = &q->parts[j];
        if (p->kind != NOT) continue;
        int64_t *cand;
        Py_ssize_t n;
        if ((rc = grams(a, p, &cand, &n)) != OK) goto done;
        for (Py_ssize_t i = 0; i < n; i++) {
            int64_t d = cand[i];
            if (!(a->mark[d] & 4)) continue;
            int h = p->exact ? 1 : holds(a, d, p->needle, p->needle_len);
            if (h < 0) { free(cand); rc = BAD; goto done; }
            if (h) a->mark[d] &= (unsigned char)~4;
        }
        free(cand);
    }
    /* Scores: the words' (already in dense), then each part's verbatim weight, in part order. */
    int tiers = 0;
    for (Py_ssize_t j = 0; j < q->n_parts; j++) {
        Part *p = &q->parts[j];
        if (p->kind == NOT || !p->n_held) continue;
        double idf = part_idf(a, p->df);
        for (Py_ssize_t i = 0; i < p->n_held; i++) {
            int64_t d = p->held[i];
            if (!(a->mark[d] & 4)) continue;
            a->dense[d] += a->boost[d] * idf;
            if (p->kind == SHOULD) { a->tier[d] += 1; tiers = 1; }
        }
    }
    ent = malloc((size_t)(n_pool ? n_pool : 1) * sizeof(Entry));
    q->out = malloc((size_t)(k ? k : 1) * sizeof(Entry));
    if (!ent || !q->out) { rc = NOMEM; goto done; }
    Py_ssize_t n = 0;
    double top = 0.0;
    for (Py_ssize_t i = 0; i < n_pool; i++) {
        int64_t d = pool[i];
        if (!(a->mark[d] & 4)) continue;
        if (n == 0 || a->dense[d] > top) top = a->dense[d];
        ent[n].key = a->dense[d];
        ent[n].doc = d;
        n++;
    }
    if (tiers)  /* as numpy: tier * (max + 1) + total */
        for (Py_ssize_t i = 0; i < n; i++) ent[i].key = (double)a->tier[ent[i].doc] * (top + 1.0) + ent[i].key;
    q->n_out = best_k(ent, n, k);
    for (Py_ssize_t i = 0; i < q->n_out; i++) {
        q->out[i].doc = ent[i].doc;
        q->out[i].key = a->dense[ent[i].doc];
    }
done:
    free(ent);
    *pool_out = pool;
    *n_pool_out = n_pool;
    return rc;
}

/* Rank one query, leaving the scratch arrays zeroed again whatever happens. */
static int rank_query(Arrays *a, Query *q, Py_ssize_t k) {
    int64_t n_post = postings_of(a, q);
    if (n_post < 0) return BAD;
    Py_ssize_t room = (Py_ssize_t)(n_post < a->n_docs ? n_post : a->n_docs), n_touched = 0, n_pool = 0;
    int64_t *touched = malloc((size_t)(room ? room : 1) * sizeof(int64_t)), *pool = NULL;
    if (!touched) return NOMEM;
    int rc;
    if (q->n_parts == 1 && !q->allowed.buf && q->parts[0].kind != NOT)
        rc = rank_one_part(a, q, k, touched, &n_touched);
    else
        rc = rank_all_parts(a, q, k, touched, &n_touched, &pool, &n_pool);
    for (Py_ssize_t i = 0; i < n_touched; i++) {
        int64_t d = touched[i];
        a->dense[d] = 0.0; a->mark[d] = 0; a->tier[d] = 0;
    }
    for (Py_ssize_t i = 0; i < n_pool; i++) {
        int64_t d = pool[i];
        a->dense[d] = 0.0; a->mark[d] = 0; a->tier[d] = 0;
    }
    free(touched);
    free(pool);
    return rc;
}

/* ------------------------------------------------------------------ reading the arguments */

/* ------------------------------------------------------------------ a part's n-gram keys */

static int is_space(uint32_t c) {  /* postings._SPACES */
    return (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static int cmp_i64(const void *x, const void *y) {
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

/* postings.needle_keys from the needle's UTF-8: its bigram keys ((first + 1) << 21 | second, over
   pairs of characters that are not spaces), else its characters, sorted, each once. */
static int64_t *utf8_needle_keys(const char *s, Py_ssize_t len, Py_ssize_t *n_keys) {
    uint32_t *cp = malloc((size_t)(len ? len : 1) * sizeof(uint32_t));
    int64_t *keys = malloc((size_t)(len ? len : 1) * sizeof(int64_t));
    if (!cp || !keys) { free(cp); free(keys); return NULL; }
    Py_ssize_t n = 0, m = 0;
    for (Py_ssize_t i = 0; i < len;) {  /* valid UTF-8: it was encoded from a str */
        unsigned char c = (unsigned char)s[i];
        uint32_t v;
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        v = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        for (int j = 1; j <= extra && i + j < len; j++) v = (v << 6) | ((unsigned char)s[i + j] & 0x3F);
        i += extra + 1;
        cp[n++] = v;
    }
    for (Py_ssize_t i = 0; i + 1 < n; i++)
        if (!is_space(cp[i]) && !is_space(cp[i + 1])) keys[m++] = ((int64_t)(cp[i] + 1) << 21) | (int64_t)cp[i + 1];
    if (m == 0)
        for (Py_ssize_t i = 0; i < n; i++)
            if (!is_space(cp[i])) keys[m++] = (int64_t)cp[i];
    free(cp);
    qsort(keys, (size_t)m, sizeof(int64_t), cmp_i64);
    Py_ssize_t u = 0;
    for (Py_ssize_t i = 0; i < m; i++)
        if (u == 0 || keys[i] != keys[u - 1]) keys[u++] = keys[i];
    *n_keys = u;
    return keys;
}

/* Read a sequence of Python ints (or floats) into a new malloc'd array. */
static void *sequence(PyObject *obj, Py_ssize_t *n, int as_float) {
    PyObject *seq = PySequence_Fast(obj, "expected a sequence");
    if (!seq) return NULL;
    *n = PySequence_Fast_GET_SIZE(seq);
    void *out = malloc((size_t)(*n ? *n : 1) * 8);
    if (!out) { Py_DECREF(seq); PyErr_NoMemory(); return NULL; }
    for (Py_ssize_t i = 0; i < *n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
        if (as_float) ((double *)out)[i] = PyFloat_AsDouble(item);
        else ((int64_t *)out)[i] = PyLong_AsLongLong(item);
    }
    Py_DECREF(seq);
    if (PyErr_Occurred()) { free(out); return NULL; }
    return out;
}

static void free_query(Query *q) {
    for (Py_ssize_t i = 0; i < q->n_parts; i++) {
        free(q->parts[i].keys);
        free(q->parts[i].needle);
        free(q->parts[i].held);
    }
    free(q->parts);
    free(q->terms);
    free(q->counts);
    free(q->out);
    if (q->allowed.obj) PyBuffer_Release(&q->allowed);
    memset(q, 0, sizeof(*q));
}

/* query: (parts, terms, counts, allowed), parts: [(kind, keys or None (made from the needle), exact, needle bytes)], allowed: None
   or one byte an excerpt. */
static int read_query(PyObject *obj, Query *q, Py_ssize_t n_docs) {
    PyObject *parts, *terms, *counts, *allowed;
    Py_ssize_t n_counts;
    if (!PyArg_ParseTuple(obj, "OOOO", &parts, &terms, &counts, &allowed)) return -1;
    if (!(q->terms = sequence(terms, &q->n_terms, 0)) || !(q->counts = sequence(counts, &n_counts, 1))) return -1;
    if (n_counts != q->n_terms) { PyErr_SetString(PyExc_ValueError, "terms and counts differ in length"); return -1; }
    if (allowed != Py_None) {
        if (PyObject_GetBuffer(allowed, &q->allowed, PyBUF_SIMPLE) < 0) return -1;
        if (q->allowed.len != n_docs) { PyErr_SetString(PyExc_ValueError, "filter of the wrong length"); return -1; }
    }
    PyObject *seq = PySequence_Fast(parts, "expected a list of parts");
    if (!seq) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    q->parts = calloc((size_t)(n ? n : 1), sizeof(Part));
    if (!q->parts) { Py_DECREF(seq); PyErr_NoMemory(); return -1; }
    q->n_parts = n;
    for (Py_ssize_t i = 0; i < n; i++) {
        Part *p = &q->parts[i];
        PyObject *keys;
        const char *needle;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "iOpy#", &p->kind, &keys, &p->exact, &needle,
                              &p->needle_len)) {
            Py_DECREF(seq);
            return -1;
        }
        if (keys == Py_None) {  /* made here from the needle, as postings.needle_keys makes them */
            if (!(p->keys = utf8_needle_keys(needle, p->needle_len, &p->n_keys))) {
                Py_DECREF(seq);
                PyErr_NoMemory();
                return -1;
            }
        } else if (!(p->keys = sequence(keys, &p->n_keys, 0))) {
            Py_DECREF(seq);
            return -1;
        }
        if (p->kind < SHOULD || p->kind > NOT) { Py_DECREF(seq); PyErr_SetString(PyExc_ValueError, "bad part"); return -1; }
        if (!(p->needle = malloc((size_t)(p->needle_len ? p->needle_len : 1)))) {
            Py_DECREF(seq);
            PyErr_NoMemory();
            return -1;
        }
        memcpy(p->needle, needle, (size_t)p->needle_len);
    }
    Py_DECREF(seq);
    if (n == 0) { PyErr_SetString(PyExc_ValueError, "a query without parts"); return -1; }
    return 0;
}

/* rank(arrays, k1, queries, k) -> [(dfs, rows, scores)]
 *
 * arrays: (gram_keys i8, gram_ptr i8, gram_doc i4, word_ptr i8, word_doc i4, word_tf i4, idf f8,
 *          norm f8, boost f8, key_blob, key_off i8, scratch f8, scratch u1, scratch i4), the
 *          scratch arrays all zeros, one set per thread.
 * Each answer: each part's document frequency (0 for not-parts), the chosen excerpts (int64
 * bytes) best first and their scores (float64 bytes). */
static PyObject *rank(PyObject *self, PyObject *args) {
    PyObject *arrays, *queries, *seq = NULL, *result = NULL;
    double k1;
    Py_ssize_t k, n = 0;
    Arrays a;
    Query *qs = NULL;
    int *rcs = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "OdOn", &arrays, &k1, &queries, &k)) return NULL;
    if (k < 0) { PyErr_SetString(PyExc_ValueError, "k must not be negative"); return NULL; }
    if (take_all(&a, arrays, k1) < 0) goto fail;
    if (!(seq = PySequence_Fast(queries, "expected a list of queries"))) goto fail;
    n = PySequence_Fast_GET_SIZE(seq);
    qs = calloc((size_t)(n ? n : 1), sizeof(Query));
    rcs = calloc((size_t)(n ? n : 1), sizeof(int));
    if (!qs || !rcs) { PyErr_NoMemory(); goto fail; }
    for (Py_ssize_t i = 0; i < n; i++)
        if (read_query(PySequence_Fast_GET_ITEM(seq, i), &qs[i], a.n_docs) < 0) goto fail;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) rcs[i] = rank_query(&a, &qs[i], k);
    Py_END_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) {
        if (rcs[i] == NOMEM) { PyErr_NoMemory(); goto fail; }
        if (rcs[i] == BAD) { PyErr_SetString(PyExc_ValueError, "index arrays out of bounds"); goto fail; }
    }
    if (!(result = PyList_New(n))) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        Query *q = &qs[i];
        PyObject *dfs = PyList_New(q->n_parts);
        PyObject *rows = PyBytes_FromStringAndSize(NULL, q->n_out * (Py_ssize_t)sizeof(int64_t));
        PyObject *scores = PyBytes_FromStringAndSize(NULL, q->n_out * (Py_ssize_t)sizeof(double));
        if (!dfs || !rows || !scores) {
            Py_XDECREF(dfs); Py_XDECREF(rows); Py_XDECREF(scores);
            Py_CLEAR(result);
            goto fail;
        }
        for (Py_ssize_t j = 0; j < q->n_parts; j++)
            PyList_SET_ITEM(dfs, j, PyLong_FromSsize_t(q->parts[j].kind == NOT ? 0 : q->parts[j].df));
        int64_t *r = (int64_t *)PyBytes_AS_STRING(rows);
        double *s = (double *)PyBytes_AS_STRING(scores);
        for (Py_ssize_t j = 0; j < q->n_out; j++) { r[j] = q->out[j].doc; s[j] = q->out[j].key; }
        PyObject *item = Py_BuildValue("NNN", dfs, rows, scores);
        if (!item) { Py_CLEAR(result); goto fail; }
        PyList_SET_ITEM(result, i, item);
    }
fail:
    if (qs) for (Py_ssize_t i = 0; i < n; i++) free_query(&qs[i]);
    free(qs);
    free(rcs);
    Py_XDECREF(seq);
    release(&a);
    return result;
}

static PyMethodDef methods[] = {
    {"rank", rank, METH_VARARGS, "Rank the excerpts for a batch of queries (see textkit/_kernel.c)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_kernel", "textkit's compiled query ranking.", -1,
                                    methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__kernel(void) { return PyModule_Create(&module); }
