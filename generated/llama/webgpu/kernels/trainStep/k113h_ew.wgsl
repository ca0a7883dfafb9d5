// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t920: array<f32>;
@group(0) @binding(3) var<storage, read> t927: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t931: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l766: f32 = t617[0i];
  let v928: f32 = l16 * l766;
  let x920: f32 = t920[i];
  let x927: f32 = t927[i];
  let v929: f32 = x920 / x927;
  let l769: f32 = t591[0i];
  let v930: f32 = v929 * l769;
  let v931: f32 = v928 - v930;
  t931[i] = v931;
}
