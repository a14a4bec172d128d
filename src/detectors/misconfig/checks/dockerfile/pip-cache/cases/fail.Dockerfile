FROM python:3.12-slim
COPY requirements.txt .
# expect-line: 4
RUN pip install -r requirements.txt
