variable "bucket_name" {
  type    = string
  default = "acme-reports"
}

variable "open_cidr" {
  default = "0.0.0.0/0"
}

locals {
  tags = {
    team = "data"
  }
  ssh_port = 22
}
