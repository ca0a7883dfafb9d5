// kernel k127l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1069: array<f32>;
@group(0) @binding(3) var<storage, read> t1076: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1080: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_blocks_1_attn_wq_w[i];
  let l800: f32 = t771[0i];
  let v1077: f32 = l16 * l800;
  let x1069: f32 = t1069[i];
  let x1076: f32 = t1076[i];
  let v1078: f32 = x1069 / x1076;
  let l803: f32 = t745[0i];
  let v1079: f32 = v1078 * l803;
  let v1080: f32 = v1077 - v1079;
  t1080[i] = v1080;
}
