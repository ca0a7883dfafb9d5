// kernel k95k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t343: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1037: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1041: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1044: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1033: f32 = p_optim_m_blocks_1_attn_wq_w[i];
  let v1035: f32 = l1033 * 0.9f;
  let l343: f32 = t343[i];
  let l684: f32 = t640[0i];
  let v1032: f32 = l343 * l684;
  let v1036: f32 = v1032 * 0.1f;
  let v1037: f32 = v1035 + v1036;
  t1037[i] = v1037;
  let l1034: f32 = p_optim_v_blocks_1_attn_wq_w[i];
  let v1038: f32 = l1034 * 0.95f;
  let v1039: f32 = v1032 * v1032;
  let v1040: f32 = v1039 * 0.05f;
  let v1041: f32 = v1038 + v1040;
  t1041[i] = v1041;
  let v1042: f32 = sqrt(v1041);
  let l700: f32 = t650[0i];
  let v1043: f32 = v1042 / l700;
  let v1044: f32 = v1043 + 1e-8f;
  t1044[i] = v1044;
}
