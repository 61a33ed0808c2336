"""claimgraph: who beats whom, by how much, on what, from ML-systems paper abstracts."""
