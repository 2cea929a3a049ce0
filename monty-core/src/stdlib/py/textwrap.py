"""Text wrapping and filling: TextWrapper, wrap, fill, shorten; dedent and indent
are native (`_textwrap`)."""

import re
from _textwrap import dedent, indent

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '

# Chunks as CPython cuts them: runs of whitespace; em-dashes between words;
# words, split after a hyphen that has letters around it.
_L = r'[^\d\W]'
_WP = r'[\w!"\'&.,?]'
_S = r'[\t\n\x0b\x0c\r ]'
_NS = r'[^\t\n\x0b\x0c\r ]'
_SPLIT_HYPHENS = re.compile(
    '(' + _S + '+'
    + '|(?<=' + _WP + ')-{2,}(?=\\w)'
    + '|' + _NS + '+?(?:-(?:(?<=' + _L + '{2}-)|(?<=' + _L + '-' + _L + '-))(?=' + _L + '-?' + _L + ')'
    + '|(?=' + _S + '|\\Z)'
    + '|(?<=' + _WP + ')(?=-{2,}\\w)))')
_SPLIT_SIMPLE = re.compile('(' + _S + '+)')
_SENTENCE_END = re.compile(r'[a-z][\.\!\?][\"\']?\Z')


class TextWrapper:
    """Wraps paragraphs to a width; see wrap() and fill()."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            parts = _SPLIT_HYPHENS.split(text)
        else:
            parts = _SPLIT_SIMPLE.split(text)
        return [p for p in parts if p]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, stack, line, used, width):
        room = 1 if width < 1 else width - used
        if self.break_long_words:
            cut = room
            word = stack[-1]
            if self.break_on_hyphens and len(word) > room:
                h = word.rfind('-', 0, room)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            line.append(word[:cut])
            stack[-1] = word[cut:]
        elif not line:
            line.append(stack.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % (self.width,))
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        stack = chunks[::-1]
        while stack:
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(prefix)
            if self.drop_whitespace and lines and stack[-1].strip() == '':
                stack.pop()
            line = []
            used = 0
            while stack and used + len(stack[-1]) <= width:
                used += len(stack[-1])
                line.append(stack.pop())
            if stack and len(stack[-1]) > width:
                self._handle_long_word(stack, line, used, width)
                used = sum([len(p) for p in line])
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            fits = (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not stack or (self.drop_whitespace and len(stack) == 1 and not stack[0].strip()))
                        and used <= width))
            if fits:
                lines.append(prefix + ''.join(line))
                continue
            # the last allowed line: end it with the placeholder
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(prefix + ''.join(line))
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(prefix + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of `text` wrapped to `width`, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped to `width`, as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate to fit `width`, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))
