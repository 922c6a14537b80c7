from . import sectoral_label_publish
