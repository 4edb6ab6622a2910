# The support team's CAM documents, as Terraform creates them (tencentcloud provider). camctl reads the
# documents below from this file: lint, test (cam-tests.json), the no-new-access gate and the never-allow check.

terraform {
  required_providers {
    tencentcloud = {
      source = "tencentcloudstack/tencentcloud"
    }
  }
}

# What agents may do on our call center (SdkAppId 1400000000), as heredoc JSON.
resource "tencentcloud_cam_policy" "support" {
  name        = "support-team"
  description = "Agents manage staff on our call center; skill groups are deleted from the office only."
  document    = <<-EOT
    {
      "version": "2.0",
      "statement": [
        {
          "effect": "allow",
          "action": ["ccc:CreateStaff", "ccc:DescribeExtension", "ccc:DescribeCallInMetrics"],
          "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]
        },
        {
          "effect": "allow",
          "action": ["ccc:DeleteCCCSkillGroup", "ccc:DescribeCCCCompanyList"],
          "resource": ["*"],
          "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}
        },
        {
          "effect": "deny",
          "action": ["ccc:Delete*"],
          "resource": ["*"],
          "condition": {"ip_not_equal": {"qcs:ip": ["10.0.0.0/8"]}}
        }
      ]
    }
  EOT
}

# The most the support role may ever do, as jsonencode: every ccc API but deleting staff and admin accounts.
resource "tencentcloud_cam_policy" "guard" {
  name        = "support-boundary"
  description = "Permissions boundary of the support role."
  document = jsonencode({
    version = "2.0"
    statement = [
      {
        effect   = "allow"
        action   = ["ccc:*"]
        resource = ["*"]
      },
      {
        effect   = "deny"
        action   = ["ccc:DeleteStaff", "ccc:DeleteAdminAccount"]
        resource = ["*"]
      }
    ]
  })
}

# Agents (the support group's CAM users) may assume the support role.
resource "tencentcloud_cam_group" "support" {
  name   = "support-agents"
  remark = "The support team's CAM users."
}

resource "tencentcloud_cam_policy" "assume" {
  name        = "assume-support-role"
  description = "Lets the support team's users assume the support role."
  document = jsonencode({
    version = "2.0"
    statement = [
      {
        effect   = "allow"
        action   = ["sts:AssumeRole"]
        resource = ["qcs::cam::uin/100000000001:roleName/support-agent"]
      }
    ]
  })
}

resource "tencentcloud_cam_group_policy_attachment" "assume" {
  group_id  = tencentcloud_cam_group.support.id
  policy_id = tencentcloud_cam_policy.assume.id
}

# The role agents work in. Its trust policy names our account by its UIN (the provider refuses `root` here): the
# account's users may assume the role when their own policies let them (rule T5).
resource "tencentcloud_cam_role" "support" {
  name        = "support-agent"
  description = "Assumed by the support team's CAM users."
  document = jsonencode({
    version = "2.0"
    statement = [
      {
        effect    = "allow"
        action    = ["name/sts:AssumeRole"]
        principal = { qcs = ["qcs::cam::uin/100000000001:uin/100000000001"] }
      }
    ]
  })
}

resource "tencentcloud_cam_role_policy_attachment" "support" {
  role_id   = tencentcloud_cam_role.support.id
  policy_id = tencentcloud_cam_policy.support.id
}

resource "tencentcloud_cam_role_permission_boundary_attachment" "support" {
  role_name = tencentcloud_cam_role.support.name
  policy_id = tencentcloud_cam_policy.guard.id
}
