// kernel k183d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1213: array<f32>;
@group(0) @binding(3) var<storage, read> t1224: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_0_mlp_w2_w[i];
  let l1225: f32 = t925[0i];
  let v1226: f32 = l14 * l1225;
  let x1213: f32 = t1213[i];
  let x1224: f32 = t1224[i];
  let v1227: f32 = x1213 / x1224;
  let l1228: f32 = t899[0i];
  let v1229: f32 = v1227 * l1228;
  let v1230: f32 = v1226 - v1229;
  t1230[i] = v1230;
}
