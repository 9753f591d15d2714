# Inner folds only (training parts): no test rows are read.
import numpy as np
from sklearn.datasets import load_svmlight_file
from sklearn.metrics import roc_auc_score
import sys
D=sys.argv[1].rstrip('/')+'/'
_,y=load_svmlight_file(D+'all.libsvm')
F=np.loadtxt(D+'folds.csv',delimiter=',',dtype=int)
names=['lr0.3','lr1.0','lr3.0','gbdt300d8','gbdt100d4','gbdt200d3e05']
P={k:np.loadtxt(D+f'inner_{k}.csv',delimiter=',') for k in names}
sk=np.load(D+'sk.npy'); Cs=[0.01,0.03,0.1,0.3,1,3,10]
for i,C in enumerate(Cs): P[f'sk C={C}']=sk[i]
P['ftrl a.1 l2=10 e20']=np.loadtxt(D+'ftrl_3.csv',delimiter=',')
P['ftrl a.3 l2=1 e20']=np.loadtxt(D+'ftrl_9.csv',delimiter=',')
lg=lambda p: np.log(p/(1-p))
sg=lambda m: 1/(1+np.exp(-m))
for a in ['lr1.0','lr0.3','lr3.0']:
    for b in ['gbdt100d4','gbdt200d3e05','gbdt300d8']:
        P[f'avg({a},{b})']=sg(0.5*lg(np.clip(P[a],1e-9,1-1e-9))+0.5*lg(np.clip(P[b],1e-9,1-1e-9)))
def inner(M):
    out=[]
    for s in range(10):
        inn=F[:,2+s]
        out.append(np.mean([roc_auc_score(y[inn==k],M[inn==k,s]) for k in range(3)]))
    return np.array(out)
R={k:inner(M) for k,M in P.items()}
base=R['lr1.0']
for k,v in R.items():
    print(f'{k:35s} inner mean AUC {v.mean():.4f}  sd {v.std(ddof=1):.4f}  > lr1.0 in {(v>base).sum()}/10 parts')
