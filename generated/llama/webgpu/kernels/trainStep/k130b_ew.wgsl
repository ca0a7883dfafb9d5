// kernel k130b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t1000: array<f32>;
@group(0) @binding(3) var<storage, read> t1007: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1011: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k130b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l812: f32 = t663[0i];
  let v1008: f32 = l18 * l812;
  let x1000: f32 = t1000[i];
  let x1007: f32 = t1007[i];
  let v1009: f32 = x1000 / x1007;
  let l815: f32 = t637[0i];
  let v1010: f32 = v1009 * l815;
  let v1011: f32 = v1008 - v1010;
  t1011[i] = v1011;
}
