// kernel k114h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t921: array<f32>;
@group(0) @binding(3) var<storage, read> t928: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t932: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l767: f32 = t609[0i];
  let v929: f32 = l16 * l767;
  let x921: f32 = t921[i];
  let x928: f32 = t928[i];
  let v930: f32 = x921 / x928;
  let l770: f32 = t583[0i];
  let v931: f32 = v930 * l770;
  let v932: f32 = v929 - v931;
  t932[i] = v932;
}
