# Training-part-only: how stable is the choice of C under inner-CV noise? (no test rows used)
import numpy as np
from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
import sys
D=sys.argv[1].rstrip('/')+'/'
X,y=load_svmlight_file(D+'all.libsvm'); X=X.tocsr()
F=np.loadtxt(D+'folds.csv',delimiter=',',dtype=int)
Cs=[0.1,0.3,1,3,10]
def strat(yy,k,rng):
    f=np.zeros(len(yy),int)
    for cls in (1,0):
        idx=np.flatnonzero(yy==cls); rng.shuffle(idx); f[idx]=np.arange(len(idx))%k
    return f
res={'mean1x3':[], 'pooled1x3':[], 'pooled3x3':[]}
for r in range(2):
  for fo in range(5):
    tr=np.flatnonzero(F[:,r]!=fo); Xt=X[tr]; yt=y[tr]
    # OOF preds for 9 partitions (seeds 0..8)
    oof={}
    for sd in range(9):
        f=strat(yt,3,np.random.default_rng(sd)); 
        for C in Cs:
            p=np.zeros(len(yt))
            for k in range(3):
                m=LogisticRegression(C=C,max_iter=1000).fit(Xt[f!=k],yt[f!=k]); p[f==k]=m.predict_proba(Xt[f==k])[:,1]
            oof[sd,C]=(p,f)
    def mean1(sd,C):
        p,f=oof[sd,C]; return np.mean([roc_auc_score(yt[f==k],p[f==k]) for k in range(3)])
    def pooled1(sd,C): return roc_auc_score(yt,oof[sd,C][0])
    def pooled3(g,C): return roc_auc_score(np.tile(yt,3),np.concatenate([oof[sd,C][0] for sd in range(3*g,3*g+3)]))
    res['mean1x3'].append([Cs[int(np.argmax([mean1(sd,C) for C in Cs]))] for sd in range(9)])
    res['pooled1x3'].append([Cs[int(np.argmax([pooled1(sd,C) for C in Cs]))] for sd in range(9)])
    res['pooled3x3'].append([Cs[int(np.argmax([pooled3(g,C) for C in Cs]))] for g in range(3)])
    print(r,fo,{k:v[-1] for k,v in res.items()},flush=True)
for k,v in res.items():
    agree=np.mean([np.mean([a==b for i,a in enumerate(row) for b in row[i+1:]]) for row in v])
    print(k,'pairwise agreement of the chosen C across inner seeds:',round(agree,3))
