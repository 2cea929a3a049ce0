# === substitute ===
from string import Template

t = Template('$who likes ${what}; costs $$5 $who_')
print(t.substitute(who='tim', what='kung pao', who_='x'), t.template)
print(t.substitute({'who': 'a', 'what': 'b', 'who_': 'c'}, what='override'))
print(Template('${a}b $a.b').substitute(a=1), Template('é $x').substitute(x=[1]))

# === safe_substitute ===
print(Template('$a and $b and $').safe_substitute(a=1))
print(Template('${a} ${b').safe_substitute(a=1), Template('$1 $$ $a').safe_substitute({}))

# === identifiers ===
print(Template('$a $b ${a}').get_identifiers(), Template('$a').is_valid(), Template('$').is_valid())

# === subclass with another delimiter ===
class P(Template):
    delimiter = '%'

print(P('%x %% y').substitute(x=5))

# === errors ===
try:
    Template('$who').substitute()
except KeyError as e:
    print(type(e).__name__, e)
for src in ['ok\nbad $ here', 'x ${1}', '$']:
    try:
        Template(src).substitute()
    except ValueError as e:
        print(type(e).__name__, e)
