// kernel k113j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t937: array<f32>;
@group(0) @binding(3) var<storage, read> t944: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t948: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l792: f32 = t617[0i];
  let v945: f32 = l17 * l792;
  let x937: f32 = t937[i];
  let x944: f32 = t944[i];
  let v946: f32 = x937 / x944;
  let l795: f32 = t591[0i];
  let v947: f32 = v946 * l795;
  let v948: f32 = v945 - v947;
  t948[i] = v948;
}
