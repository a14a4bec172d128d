FROM python:3.12-slim
RUN pip install --no-cache-dir -r requirements.txt flask==3.0.3 'requests>=2.32,<3' ./wheels/app-1.0-py3-none-any.whl
