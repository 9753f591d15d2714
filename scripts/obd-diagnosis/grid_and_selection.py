import numpy as np, sys
from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, log_loss
import sys
D=sys.argv[1].rstrip('/')+'/'
X,y=load_svmlight_file(D+'all.libsvm'); X=X.tocsr()
F=np.loadtxt(D+'folds.csv',delimiter=',',dtype=int)
n=len(y)
def splits():
    for r in range(2):
        for f in range(5):
            s=r*5+f
            te=F[:,r]==f
            yield s,~te,te,F[:,2+s]
cfgs=open(D+'ftrl_configs.txt').read().splitlines()
ftrl=[np.loadtxt(D+f'ftrl_{c}.csv',delimiter=',') for c in range(len(cfgs))]
Cs=[0.01,0.03,0.1,0.3,1,3,10]
# sklearn preds, same layout: P[C][i,s]
P={}
for C in Cs:
    M=np.zeros((n,10))
    for s,tr,te,inn in splits():
        m=LogisticRegression(C=C,max_iter=1000).fit(X[tr],y[tr]); M[te,s]=m.predict_proba(X[te])[:,1]
        for k in range(3):
            itr=tr&(inn!=k); ite=inn==k
            m=LogisticRegression(C=C,max_iter=1000).fit(X[itr],y[itr]); M[ite,s]=m.predict_proba(X[ite])[:,1]
    P[C]=M
np.save(D+'sk.npy',np.stack([P[C] for C in Cs]))
def test_auc(M):
    return np.array([roc_auc_score(y[te],M[te,s]) for s,tr,te,inn in splits()])
def inner_stats(M):
    out=[]
    for s,tr,te,inn in splits():
        aucs=[roc_auc_score(y[inn==k],M[inn==k,s]) for k in range(3)]
        lls=[log_loss(y[inn==k],M[inn==k,s]) for k in range(3)]
        out.append((np.mean(aucs),roc_auc_score(y[tr],M[tr,s]),np.mean(lls)))
    return np.array(out)  # 10 x 3
names=[f'ftrl {c}' for c in cfgs]+[f'sklearn C={C}' for C in Cs]
mats=ftrl+[P[C] for C in Cs]
T=np.array([test_auc(M) for M in mats])    # cand x 10
I=np.array([inner_stats(M) for M in mats]) # cand x 10 x 3
for i,nm in enumerate(names):
    print(f'{nm:70s} test mean {T[i].mean():.4f} (r1 {T[i,:5].mean():.4f})  inner meanAUC {I[i,:,0].mean():.4f} pooled {I[i,:,1].mean():.4f} ll {I[i,:,2].mean():.5f}')
ref=T[names.index('sklearn C=1')]
print('sklearn C=1 per fold', np.round(ref,4))
def sel(cands,rule):
    idx=[]
    for s in range(10):
        if rule==2: j=min(cands,key=lambda c:I[c,s,2])
        else: j=max(cands,key=lambda c:I[c,s,rule])
        idx.append(j)
    t=np.array([T[j,s] for s,j in enumerate(idx)])
    return t, idx
fam={'ftrl':list(range(len(cfgs))),'sk':list(range(len(cfgs),len(names))),'both':list(range(len(names)))}
for fn,c in fam.items():
    for rule,rn in enumerate(['meanAUC','pooledAUC','logloss']):
        t,idx=sel(c,rule)
        print(f'select {fn:5s} by {rn:9s}: test mean {t.mean():.4f}  wins vs skC1 {(t>ref).sum()}  picks {[names[j][-30:] for j in idx][:3]}')
