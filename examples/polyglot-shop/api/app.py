import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_catalog():
    catalog = yaml.safe_load(request.data)
    return {"items": len(catalog or [])}
