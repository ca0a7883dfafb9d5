// kernel k124n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1062: array<f32>;
@group(0) @binding(3) var<storage, read> t1069: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1073: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_attn_wk_w[i];
  let l757: f32 = t701[0i];
  let v1070: f32 = l18 * l757;
  let x1062: f32 = t1062[i];
  let x1069: f32 = t1069[i];
  let v1071: f32 = x1062 / x1069;
  let l760: f32 = t675[0i];
  let v1072: f32 = v1071 * l760;
  let v1073: f32 = v1070 - v1072;
  t1073[i] = v1073;
}
