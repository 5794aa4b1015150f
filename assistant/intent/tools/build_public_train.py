"""Builds testdata/train_public.jsonl and testdata/train_hint3.jsonl from the *train* splits of public datasets
whose *test* splits are evaluation sets in testdata/independent (issue #12, h12).

Inputs are made by the evaluation converters themselves, so the label mapping and
filters are the same as the evaluation sets':

  D=/tmp/h12data   # clones: PolyAI-LDN/task-specific-datasets @57ec275, hellohaptik/HINT3 @99965c8, clinc/oos-eval @828f809
  go run ./assistant/intent/testdata/independent/cmd/banking77conv -in $D/tsd/banking_data/train.csv -out $D/b77_train.jsonl
  go run ./assistant/intent/testdata/independent/cmd/hint3conv -dir $D/HINT3/dataset/v2 -keep train -out $D/hint3_train.jsonl
  go run ./assistant/intent/testdata/independent/cmd/clincconv -in $D/oos-eval/data/data_full.json -splits train -out $D/clinc_train.jsonl
  OOS=400 python3 assistant/intent/tools/build_public_train.py   # from the module root

Every line whose normalised text equals a line of any evaluation set (or of the
existing training corpora) is dropped; only counts are printed, never texts.
CLINC150: greeting, thanks, order_status, payment_problem, plus OOS (400) of its
out_of_scope rows (first in the converter's seeded order).
"""
import json,glob,re,unicodedata,collections,os
D=os.environ.get('D','/tmp/h12data')
CAP=int(os.environ.get('CAP','100000'));OOS=int(os.environ.get('OOS','0'));SRC=os.environ.get('SRC','banking77-train,hint3-train,clinc150-train').split(',')
def norm(t):
    t=unicodedata.normalize('NFKC',t).lower()
    t=re.sub(r'\d','0',t)
    t=re.sub(r'[^\w\s]','',t)
    return ' '.join(t.split())
evalkeys=set()
for p in glob.glob('assistant/intent/testdata/independent/*.jsonl')+glob.glob('assistant/lang/testdata/independent/*.jsonl')+['assistant/intent/testdata/heldout.jsonl','assistant/intent/testdata/blind.jsonl','assistant/intent/testdata/fresh.jsonl','assistant/intent/testdata/clinc_test.jsonl']:
    for l in open(p):
        if l.strip(): evalkeys.add(norm(json.loads(l)['text']))
trainkeys=set()
for p in ['assistant/intent/testdata/train.jsonl','assistant/intent/testdata/train_clinc.jsonl']:
    for l in open(p):
        if l.strip(): trainkeys.add(norm(json.loads(l)['text']))
out=[];drop=collections.Counter();seen=set()
def add(path,src,keep=None,cap=None):
    cnt=collections.Counter()
    if src.split('/')[0] not in SRC: return
    for l in open(path):
        r=json.loads(l)
        if keep and r['intent'] not in keep: drop[src+' intent not taken']+=1; continue
        k=norm(r['text'])
        if k in evalkeys: drop[src+' equals an evaluation line']+=1; continue
        if k in trainkeys or k in seen: drop[src+' already in training']+=1; continue
        if cnt[r['intent']]>=(cap if cap is not None else CAP): drop[src+' over cap']+=1; continue
        cnt[r['intent']]+=1
        seen.add(k)
        out.append({'text':r['text'],'lang':'en','intent':r['intent'],'source':src})
add(''+D+'/b77_train.jsonl','banking77-train')
add(''+D+'/hint3_train.jsonl','hint3-train')
add(''+D+'/clinc_train.jsonl','clinc150-train',{'greeting','thanks','order_status','payment_problem'})
if OOS: add(''+D+'/clinc_train.jsonl','clinc150-train',{'out_of_scope'},OOS)
# HINT3 rows are ODbL 1.0 (share-alike), so they get a file of their own;
# Banking77 (CC BY 4.0) and CLINC150 (CC BY 3.0) rows share train_public.jsonl.
with open('assistant/intent/testdata/train_public.jsonl','w') as f, open('assistant/intent/testdata/train_hint3.jsonl','w') as g:
    for r in out: (g if r['source']=='hint3-train' else f).write(json.dumps(r,ensure_ascii=False)+'\n')
print(dict(drop))
print(len(out),collections.Counter((r['source'],r['intent']) for r in out))
