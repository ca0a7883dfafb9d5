// kernel k115l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read> t965: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t969: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l770: f32 = t621[0i];
  let v966: f32 = l18 * l770;
  let x958: f32 = t958[i];
  let x965: f32 = t965[i];
  let v967: f32 = x958 / x965;
  let l773: f32 = t595[0i];
  let v968: f32 = v967 * l773;
  let v969: f32 = v966 - v968;
  t969[i] = v969;
}
