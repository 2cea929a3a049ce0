# expect: limit=time
# limits: duration=2
import html
s = '&amp;&notit;&#x41;&' + 'a' * 31 + ';' * 1000
s = s * 10000
while True:
    html.unescape(s)
