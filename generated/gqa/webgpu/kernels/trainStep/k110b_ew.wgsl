// kernel k110b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t594: array<f32>;
@group(0) @binding(3) var<storage, read> t606: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t617: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l611: f32 = t609[0i];
  let v612: f32 = l0 * l611;
  let x594: f32 = t594[i];
  let x606: f32 = t606[i];
  let v613: f32 = x594 / x606;
  let l615: f32 = t583[0i];
  let v616: f32 = v613 * l615;
  let v617: f32 = v612 - v616;
  t617[i] = v617;
}
