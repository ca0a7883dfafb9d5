// kernel k84b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read> t594: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t605: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l599: f32 = t597[0i];
  let v600: f32 = l0 * l599;
  let x582: f32 = t582[i];
  let x594: f32 = t594[i];
  let v601: f32 = x582 / x594;
  let l603: f32 = t571[0i];
  let v604: f32 = v601 * l603;
  let v605: f32 = v600 - v604;
  t605[i] = v605;
}
