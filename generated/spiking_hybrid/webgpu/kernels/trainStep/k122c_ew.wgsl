// kernel k122c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t294: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1069: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1075: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1080: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1063: f32 = p_optim_m_head_w[i];
  let v1066: f32 = l1063 * 0.9f;
  let l294: f32 = t294[i];
  let l1061: f32 = t652[0i];
  let v1062: f32 = l294 * l1061;
  let v1068: f32 = v1062 * 0.1f;
  let v1069: f32 = v1066 + v1068;
  t1069[i] = v1069;
  let l1064: f32 = p_optim_v_head_w[i];
  let v1071: f32 = l1064 * 0.95f;
  let v1072: f32 = v1062 * v1062;
  let v1074: f32 = v1072 * 0.05f;
  let v1075: f32 = v1071 + v1074;
  t1075[i] = v1075;
  let v1076: f32 = sqrt(v1075);
  let l1077: f32 = t662[0i];
  let v1078: f32 = v1076 / l1077;
  let v1080: f32 = v1078 + 1e-8f;
  t1080[i] = v1080;
}
