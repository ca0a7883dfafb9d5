// kernel k114l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t955: array<f32>;
@group(0) @binding(3) var<storage, read> t962: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t966: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l767: f32 = t609[0i];
  let v963: f32 = l18 * l767;
  let x955: f32 = t955[i];
  let x962: f32 = t962[i];
  let v964: f32 = x955 / x962;
  let l770: f32 = t583[0i];
  let v965: f32 = v964 * l770;
  let v966: f32 = v963 - v965;
  t966[i] = v966;
}
