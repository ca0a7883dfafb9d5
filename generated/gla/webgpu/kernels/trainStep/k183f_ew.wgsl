// kernel k183f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1186: array<f32>;
@group(0) @binding(3) var<storage, read> t1193: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1197: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_layers_0_mlp_w3_w[i];
  let l1149: f32 = t875[0i];
  let v1194: f32 = l15 * l1149;
  let x1186: f32 = t1186[i];
  let x1193: f32 = t1193[i];
  let v1195: f32 = x1186 / x1193;
  let l1152: f32 = t849[0i];
  let v1196: f32 = v1195 * l1152;
  let v1197: f32 = v1194 - v1196;
  t1197[i] = v1197;
}
