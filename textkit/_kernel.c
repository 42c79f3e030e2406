/* The single-part query of textkit's search, compiled: see rank_one() in textkit/kernel.py.
 *
 * numpy pays a few microseconds a call; a query of one part made some forty calls, so the
 * per-query cost was call overhead, not arithmetic. This file does the same work in one call:
 * intersect the part's n-gram postings, score the candidates (verbatim part + BM25 words), check
 * the text of the best candidates until k hold the part, and fill up with the best word scores.
 * The numpy path in textkit/index.py stays the reference: results are the same excerpts in the
 * same order with the same scores (sums are made in the same order), which the tests check.
 *
 * Only the buffer protocol is used (no numpy headers), and every position read from the index
 * is checked first: a damaged index file raises ValueError, never reads out of bounds.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CORRUPT() do { PyErr_SetString(PyExc_ValueError, "index arrays out of bounds"); goto fail; } while (0)

typedef struct {
    Py_buffer b[13];
    int held;
    const int64_t *gkey, *gptr, *wptr, *koff;
    const int32_t *gdoc, *wdoc, *wtf;
    const double *idf, *norm, *boost;
    const char *blob;
    double k1p1;  /* k1 + 1 */
    Py_ssize_t n_gkey, n_gdoc, n_wterm, n_wdoc, n_docs, n_blob;
    double *dense;  /* scratch, n_docs doubles, all zero between calls */
    unsigned char *mark;  /* scratch, n_docs bytes, all zero between calls */
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

static int take_all(Arrays *a, PyObject *t) {
    Py_ssize_t n_gptr, n_tf, n_idf, n_norm, n_boost, n_koff, n_dense, n_mark;
    a->held = 0;
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 13) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple of 13 arrays");
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
    a->n_docs = n_norm;
    a->n_wterm -= 1;
    if (n_gptr != a->n_gkey + 1 || a->n_wterm < 0 || n_tf != a->n_wdoc || n_idf < a->n_wterm || n_boost != n_norm
        || n_koff != n_norm + 1 || n_dense != n_norm || n_mark != n_norm) {
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

/* Read a sequence of Python ints (or numbers, as_float) into a new array. */
static void *sequence(PyObject *obj, Py_ssize_t *n, int as_float) {
    PyObject *seq = PySequence_Fast(obj, "expected a sequence");
    if (!seq) return NULL;
    *n = PySequence_Fast_GET_SIZE(seq);
    void *out = PyMem_Malloc((size_t)(*n ? *n : 1) * 8);
    if (!out) { Py_DECREF(seq); PyErr_NoMemory(); return NULL; }
    for (Py_ssize_t i = 0; i < *n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
        if (as_float) ((double *)out)[i] = PyFloat_AsDouble(item);
        else ((int64_t *)out)[i] = PyLong_AsLongLong(item);
    }
    Py_DECREF(seq);
    if (PyErr_Occurred()) { PyMem_Free(out); return NULL; }
    return out;
}

static int cmp_range(const void *x, const void *y) {
    const int64_t *a = x, *b = y;
    int64_t la = a[1] - a[0], lb = b[1] - b[0];
    return (la > lb) - (la < lb);
}

/* rank_one(arrays, keys, exact, needle, terms, counts, k1, k, should) -> (df, rows, scores)
 *
 * arrays: (gram_keys i8, gram_ptr i8, gram_doc i4, word_ptr i8, word_doc i4, word_tf i4, idf f8,
 *          norm f8, boost f8, key_blob, key_off i8, scratch f8 zeros, scratch u1 zeros).
 * keys: the part's n-gram keys (sorted); exact: whether holding them proves holding the part.
 * terms, counts: the query's word ids and how often each is in the query.
 * Returns the part's document frequency (excerpts holding every key) and the chosen excerpts
 * (int64 bytes) with their scores (float64 bytes): holders of the part first, then, for a
 * `should` part, the best word scores among the rest, each group best first, ties to the lower
 * excerpt number. */
static PyObject *rank_one(PyObject *self, PyObject *args) {
    PyObject *arrays, *keys_obj, *terms_obj, *counts_obj, *result = NULL;
    const char *needle;
    Py_ssize_t needle_len, k, n_keys = 0, n_terms = 0, n_counts = 0, n_cand = 0, n_chosen = 0, n_touched = 0;
    int exact, should, dense_done = 0;
    double k1;
    Arrays a;
    int64_t *keys = NULL, *terms = NULL, *ranges = NULL, *cand = NULL, *touched = NULL;
    double *counts = NULL, *total = NULL;
    Entry *ent = NULL, *chosen = NULL;
    if (!PyArg_ParseTuple(args, "OOpy#OOdnp", &arrays, &keys_obj, &exact, &needle, &needle_len, &terms_obj,
                          &counts_obj, &k1, &k, &should))
        return NULL;
    if (take_all(&a, arrays) < 0) { release(&a); return NULL; }
    a.k1p1 = k1 + 1;
    if (!(keys = sequence(keys_obj, &n_keys, 0)) || !(terms = sequence(terms_obj, &n_terms, 0))
        || !(counts = sequence(counts_obj, &n_counts, 1)))
        goto fail;
    if (n_counts != n_terms || k < 0) { PyErr_SetString(PyExc_ValueError, "bad query"); goto fail; }

    /* 1. Excerpts holding every key: intersect the postings, shortest first. */
    ranges = PyMem_Malloc((size_t)(n_keys ? n_keys : 1) * 2 * sizeof(int64_t));
    if (!ranges) { PyErr_NoMemory(); goto fail; }
    int missing = n_keys == 0;
    for (Py_ssize_t i = 0; i < n_keys && !missing; i++) {
        Py_ssize_t l = 0, r = a.n_gkey;
        while (l < r) {
            Py_ssize_t m = l + (r - l) / 2;
            if (a.gkey[m] < keys[i]) l = m + 1; else r = m;
        }
        if (l == a.n_gkey || a.gkey[l] != keys[i]) { missing = 1; break; }
        int64_t lo = a.gptr[l], hi = a.gptr[l + 1];
        if (lo < 0 || lo > hi || hi > a.n_gdoc) CORRUPT();
        ranges[2 * i] = lo;
        ranges[2 * i + 1] = hi;
    }
    if (!missing) {
        qsort(ranges, (size_t)n_keys, 2 * sizeof(int64_t), cmp_range);
        n_cand = ranges[1] - ranges[0];
        cand = PyMem_Malloc((size_t)(n_cand ? n_cand : 1) * sizeof(int64_t));
        if (!cand) { PyErr_NoMemory(); goto fail; }
        for (Py_ssize_t i = 0; i < n_cand; i++) {
            int64_t d = a.gdoc[ranges[0] + i];
            if (d < 0 || d >= a.n_docs) CORRUPT();
            cand[i] = d;
        }
        for (Py_ssize_t j = 1; j < n_keys && n_cand; j++) {
            Py_ssize_t pos = ranges[2 * j], hi = ranges[2 * j + 1], kept = 0;
            for (Py_ssize_t i = 0; i < n_cand && pos < hi; i++) {
                pos = seek32(a.gdoc, pos, hi, (int32_t)cand[i]);
                if (pos < hi && a.gdoc[pos] == cand[i]) cand[kept++] = cand[i];
            }
            n_cand = kept;
        }
    }
    Py_ssize_t df = n_cand;

    /* 2. The query words: check them, count their postings. */
    int64_t n_post = 0;
    for (Py_ssize_t j = 0; j < n_terms; j++) {
        int64_t t = terms[j];
        if (t < 0 || t >= a.n_wterm) CORRUPT();
        int64_t lo = a.wptr[t], hi = a.wptr[t + 1];
        if (lo < 0 || lo > hi || hi > a.n_wdoc) CORRUPT();
        n_post += hi - lo;
    }
    Py_ssize_t room = (Py_ssize_t)(n_post < a.n_docs ? n_post : a.n_docs);
    touched = PyMem_Malloc((size_t)(room ? room : 1) * sizeof(int64_t));
    chosen = PyMem_Malloc((size_t)(k ? k : 1) * sizeof(Entry));
    if (!touched || !chosen) { PyErr_NoMemory(); goto fail; }

    /* 3. Holders of the part: verbatim weight plus word scores, best first, text checked. */
    if (df) {
        double idf = log1p(((double)(a.n_docs - df) + 0.5) / ((double)df + 0.5));
        total = PyMem_Malloc((size_t)df * sizeof(double));
        ent = PyMem_Malloc((size_t)df * sizeof(Entry));
        if (!total || !ent) { PyErr_NoMemory(); goto fail; }
        if ((int64_t)df * 4 >= n_post) {
            if (accumulate(&a, terms, counts, n_terms, touched, &n_touched) < 0) CORRUPT();
            dense_done = 1;
            for (Py_ssize_t i = 0; i < df; i++) total[i] = a.boost[cand[i]] * idf + a.dense[cand[i]];
        } else {
            for (Py_ssize_t i = 0; i < df; i++) total[i] = 0.0;
            for (Py_ssize_t j = 0; j < n_terms; j++) {
                int64_t t = terms[j], pos = a.wptr[t], hi = a.wptr[t + 1];
                double tidf = a.idf[t], c = counts[j];
                for (Py_ssize_t i = 0; i < df && pos < hi; i++) {
                    pos = seek32(a.wdoc, pos, hi, (int32_t)cand[i]);
                    if (pos < hi && a.wdoc[pos] == cand[i]) {
                        double tf = (double)a.wtf[pos];
                        total[i] += tidf * tf * a.k1p1 / (tf + a.norm[cand[i]]) * c;
                    }
                }
            }
            for (Py_ssize_t i = 0; i < df; i++) total[i] = a.boost[cand[i]] * idf + total[i];
        }
        Py_ssize_t n = 0;
        if (exact || df <= 4 * k) {
            for (Py_ssize_t i = 0; i < df; i++) {
                int h = exact ? 1 : holds(&a, cand[i], needle, needle_len);
                if (h < 0) CORRUPT();
                if (h) { ent[n].key = total[i]; ent[n].doc = cand[i]; n++; }
            }
            n_chosen = best_k(ent, n, k);
            memcpy(chosen, ent, (size_t)n_chosen * sizeof(Entry));
        } else {
            for (Py_ssize_t i = 0; i < df; i++) { ent[i].key = total[i]; ent[i].doc = cand[i]; }
            n = df;
            heapify(ent, n, 1);
            while (n && n_chosen < k) {
                Entry top = ent[0];
                ent[0] = ent[--n];
                sift_down(ent, n, 0, 1);
                int h = holds(&a, top.doc, needle, needle_len);
                if (h < 0) CORRUPT();
                if (h) chosen[n_chosen++] = top;
            }
        }
    }

    /* 4. Too few hold the part itself: the best word scores among the other excerpts. */
    if (n_chosen < k && should && n_terms) {
        if (!dense_done) {
            if (accumulate(&a, terms, counts, n_terms, touched, &n_touched) < 0) CORRUPT();
            dense_done = 1;
        }
        for (Py_ssize_t i = 0; i < n_chosen; i++) a.mark[chosen[i].doc] |= 2;
        PyMem_Free(ent);
        ent = PyMem_Malloc((size_t)(n_touched ? n_touched : 1) * sizeof(Entry));
        if (!ent) { PyErr_NoMemory(); goto fail; }
        Py_ssize_t n = 0;
        for (Py_ssize_t i = 0; i < n_touched; i++) {
            int64_t d = touched[i];
            if (!(a.mark[d] & 2)) { ent[n].key = a.dense[d]; ent[n].doc = d; n++; }
        }
        for (Py_ssize_t i = 0; i < n_chosen; i++) a.mark[chosen[i].doc] &= (unsigned char)~2;
        Py_ssize_t more = best_k(ent, n, k - n_chosen);
        Entry *grown = PyMem_Realloc(chosen, (size_t)(n_chosen + more ? n_chosen + more : 1) * sizeof(Entry));
        if (!grown) { PyErr_NoMemory(); goto fail; }
        chosen = grown;
        memcpy(chosen + n_chosen, ent, (size_t)more * sizeof(Entry));
        n_chosen += more;
    }

    {
        PyObject *rows = PyBytes_FromStringAndSize(NULL, n_chosen * (Py_ssize_t)sizeof(int64_t));
        PyObject *scores = PyBytes_FromStringAndSize(NULL, n_chosen * (Py_ssize_t)sizeof(double));
        if (rows && scores) {
            int64_t *r = (int64_t *)PyBytes_AS_STRING(rows);
            double *s = (double *)PyBytes_AS_STRING(scores);
            for (Py_ssize_t i = 0; i < n_chosen; i++) { r[i] = chosen[i].doc; s[i] = chosen[i].key; }
            result = Py_BuildValue("nNN", df, rows, scores);
        } else {
            Py_XDECREF(rows);
            Py_XDECREF(scores);
        }
    }
fail:
    /* Leave the scratch zeroed for the next call. */
    for (Py_ssize_t i = 0; i < n_touched; i++) { a.dense[touched[i]] = 0.0; a.mark[touched[i]] = 0; }
    PyMem_Free(keys); PyMem_Free(terms); PyMem_Free(counts); PyMem_Free(ranges); PyMem_Free(cand);
    PyMem_Free(touched); PyMem_Free(total); PyMem_Free(ent); PyMem_Free(chosen);
    release(&a);
    return result;
}

static PyMethodDef methods[] = {
    {"rank_one", rank_one, METH_VARARGS, "Rank the excerpts for a query of one part (see textkit/_kernel.c)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_kernel", "textkit's compiled query path.", -1, methods};

PyMODINIT_FUNC PyInit__kernel(void) { return PyModule_Create(&module); }
