// kernel k124l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1045: array<f32>;
@group(0) @binding(3) var<storage, read> t1052: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1056: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wq_w[i];
  let l757: f32 = t701[0i];
  let v1053: f32 = l17 * l757;
  let x1045: f32 = t1045[i];
  let x1052: f32 = t1052[i];
  let v1054: f32 = x1045 / x1052;
  let l760: f32 = t675[0i];
  let v1055: f32 = v1054 * l760;
  let v1056: f32 = v1053 - v1055;
  t1056[i] = v1056;
}
