"""Copies and near-copies of articles: MinHash over folded character shingles, LSH in the store."""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any, Sequence

from sqlalchemy import and_, delete, or_, select

from rasd.arabic.normalize import fold_string
from rasd.merge.tables import (_chunks, _now, _read, _upsert, _write, article_aliases, article_bands,
                               article_signatures)
from rasd.model import Article

# ---------------------------------------------------------------- copies of articles
#
# Wire stories are republished by several outlets, and one article can arrive from a feed and a
# file. Such copies are kept as ONE article with several outlets/URLs (article_aliases), and their
# events are extracted once. Similarity: MinHash (datasketch) over the set of character 5-grams of
# the folded text (rasd.arabic.normalize.fold_string, spaces collapsed): a copy with another
# header line scores 0.9+, another outlet's rewrite of the same news ~0.4. Lookup by LSH: the 126
# hash values in 21 bands of 6, each band hashed and stored (article_bands, indexed), so finding
# candidates is a few indexed lookups whatever the size of the store; P(candidate) =
# 1 - (1 - J^6)^21: J 0.9 → 1.00, 0.7 → 0.93, 0.4 → 0.08, 0.2 → 0.001. Candidates are then
# checked on the estimated Jaccard (≥ NEAR_COPY).

NUM_PERM = 126
BANDS, ROWS = 21, 6
SHINGLE = 5
NEAR_COPY = 0.7
_SPACES = re.compile(r"\s+")
_MINHASH: dict[str, Any] = {}   # the datasketch template (permutations), built on first use


def _identity(x: Any) -> Any:
    return x


def _template() -> Any:
    if "t" not in _MINHASH:
        from datasketch import MinHash
        _MINHASH["t"] = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity)
    return _MINHASH["t"]


def _scheme(t: Any) -> dict[str, Any]:
    """datasketch >= 2 wants the permutation scheme spelled when permutations are passed in."""
    return {"scheme": t.scheme} if hasattr(t, "scheme") else {}


def _shingle_hashes(text: str) -> list[int]:
    """32-bit hashes of the distinct character 5-grams of the folded text (numpy, no Python loop
    over characters): a polynomial hash of the code points, mixed (murmur3 finaliser)."""
    import numpy as np
    folded = _SPACES.sub(" ", fold_string(text)).strip()
    c = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(c) < SHINGLE:
        c = np.concatenate([c, np.zeros(SHINGLE - len(c), dtype=np.uint64)])
    n = len(c) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            h = h * np.uint64(1099511628211) + c[k:k + n]
        h ^= h >> np.uint64(33)
        h *= np.uint64(0xFF51AFD7ED558CCD)
        h ^= h >> np.uint64(33)
    return np.unique(h & np.uint64(0xFFFFFFFF)).tolist()


def minhash(text: str) -> Any:
    """The datasketch MinHash of an article's folded 5-gram shingles.

    >>> a = "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت الليبية صباح اليوم الأحد"
    >>> minhash(a).jaccard(minhash("سرت (رويترز) - " + a)) > 0.7
    True
    """
    from datasketch import MinHash
    t = _template()
    m = MinHash(num_perm=NUM_PERM, hashfunc=_identity, permutations=t.permutations, **_scheme(t))
    m.update_batch(_shingle_hashes(text))
    return m


def _bands(m: Any) -> list[tuple[int, str]]:
    hv = m.hashvalues
    return [(b, hashlib.blake2b(hv[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def _pack(m: Any) -> str:
    return m.hashvalues.astype("<u8").tobytes().hex()


def _unpack(s: str) -> Any:
    import numpy as np
    from datasketch import MinHash
    t = _template()
    return MinHash(num_perm=NUM_PERM, hashfunc=_identity, permutations=t.permutations, **_scheme(t),
                   hashvalues=np.frombuffer(bytes.fromhex(s), dtype="<u8").astype(np.uint64))


def _article_text(a: Article) -> str:
    return a.text


def find_near_duplicate(store: Any, article: Article, *, threshold: float = NEAR_COPY) -> str | None:
    """The id of a stored article this one is a copy or near-copy of, or None.

    An article already recorded as an alias answers its canonical id; the article itself (same id:
    an exact re-ingest) is not its own duplicate. Cost: 21 indexed band lookups and a few
    signature comparisons, whatever the size of the store.
    """
    with _read(store, "look up article copies") as conn:
        canon = conn.execute(select(article_aliases.c.canonical_id)
                             .where(article_aliases.c.alias_id == article.id)).scalar()
        if canon:
            return canon
        m = minhash(_article_text(article))
        cond = or_(*(and_(article_bands.c.band == b, article_bands.c.hash == h) for b, h in _bands(m)))
        ids = sorted(set(conn.execute(select(article_bands.c.article_id).where(cond)).scalars()) - {article.id})
        if not ids:
            return None
        best: tuple[float, str] | None = None
        for chunk in _chunks(ids):
            for aid, packed in conn.execute(select(article_signatures.c.article_id, article_signatures.c.minhash)
                                            .where(article_signatures.c.article_id.in_(chunk))):
                j = m.jaccard(_unpack(packed))
                if j >= threshold and (best is None or (-j, aid) < (-best[0], best[1])):
                    best = (j, aid)
    return best[1] if best else None


def record_signature(store: Any, article: Article) -> None:
    """Store the article's MinHash and LSH bands (replacing older ones if its text changed)."""
    m = minhash(_article_text(article))
    h = article.content_hash()
    with _write(store, "record an article signature") as conn:
        old = conn.execute(select(article_signatures.c.content_hash)
                           .where(article_signatures.c.article_id == article.id)).scalar()
        if old == h:
            return
        if old is not None:
            conn.execute(delete(article_bands).where(article_bands.c.article_id == article.id))
            conn.execute(delete(article_signatures).where(article_signatures.c.article_id == article.id))
        conn.execute(article_signatures.insert().values(article_id=article.id, content_hash=h, minhash=_pack(m)))
        _upsert(conn, article_bands, [{"band": b, "hash": x, "article_id": article.id} for b, x in _bands(m)],
                ("band", "hash", "article_id"))


def record_alias(store: Any, article: Article, canonical_id: str, *, similarity: float | None = None) -> None:
    """Keep `article` as another outlet/URL of the stored article `canonical_id` (idempotent)."""
    row = {"alias_id": article.id, "canonical_id": canonical_id, "outlet": article.outlet, "url": article.url,
           "published": article.published.isoformat() if article.published else None,
           "similarity": similarity, "created_at": _now()}
    with _write(store, "record an article copy") as conn:
        _upsert(conn, article_aliases, [row], ("alias_id",))


def deduplicate(store: Any, article: Article) -> str | None:
    """For `rasd ingest`: if `article` is a (near-)copy of a stored one, record it as an alias and
    return the canonical id (do not extract it again); else record its signature and return None
    (extract and store it)."""
    canon = find_near_duplicate(store, article)
    if canon is not None:
        record_alias(store, article, canon)
        return canon
    record_signature(store, article)
    return None


def aliases_of(store: Any, article_id: str) -> list[dict[str, Any]]:
    """The other outlets/URLs of an article: [{"article_id", "outlet", "url", "published", "similarity"}]."""
    with _read(store, "read article copies") as conn:
        return [{"article_id": r[0], "outlet": r[1], "url": r[2], "published": r[3], "similarity": r[4]}
                for r in conn.execute(select(article_aliases.c.alias_id, article_aliases.c.outlet,
                                             article_aliases.c.url, article_aliases.c.published,
                                             article_aliases.c.similarity)
                                      .where(article_aliases.c.canonical_id == article_id)
                                      .order_by(article_aliases.c.alias_id))]


def dedupe_articles(articles: Sequence[Article], *, threshold: float = NEAR_COPY
                    ) -> tuple[list[Article], list[tuple[Article, str, float]]]:
    """In memory, for `rasd extract`: (articles to extract, [(copy, id of the kept article, similarity)]).

    The first of a group of copies (in input order) is kept; an exact duplicate id is dropped as a
    copy of itself.
    """
    kept: list[Article] = []
    aliases: list[tuple[Article, str, float]] = []
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    sigs: list[Any] = []
    ids: dict[str, int] = {}
    for a in articles:
        if a.id in ids:
            aliases.append((a, a.id, 1.0))
            continue
        m = minhash(_article_text(a))
        bands = _bands(m)
        cands = sorted({i for b in bands for i in buckets.get(b, ())})
        best: tuple[float, int] | None = None
        for i in cands:
            j = m.jaccard(sigs[i])
            if j >= threshold and (best is None or j > best[0]):
                best = (j, i)
        if best is not None:
            aliases.append((a, kept[best[1]].id, round(best[0], 3)))
            continue
        ids[a.id] = len(kept)
        kept.append(a)
        sigs.append(m)
        for b in bands:
            buckets[b].append(len(kept) - 1)
    return kept, aliases
