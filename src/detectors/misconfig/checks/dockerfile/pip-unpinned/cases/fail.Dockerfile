FROM python:3.12-slim
# expect-line: 3
RUN pip install --no-cache-dir flask gunicorn==22.0.0
