// kernel k237j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1444: array<f32>;
@group(0) @binding(3) var<storage, read> t1451: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1455: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_attn_wq_w[i];
  let l1182: f32 = t1126[0i];
  let v1452: f32 = l16 * l1182;
  let x1444: f32 = t1444[i];
  let x1451: f32 = t1451[i];
  let v1453: f32 = x1444 / x1451;
  let l1185: f32 = t1100[0i];
  let v1454: f32 = v1453 * l1185;
  let v1455: f32 = v1452 - v1454;
  t1455[i] = v1455;
}
