// kernel k148b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t776: array<f32>;
@group(0) @binding(3) var<storage, read> t788: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t799: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l793: f32 = t791[0i];
  let v794: f32 = l0 * l793;
  let x776: f32 = t776[i];
  let x788: f32 = t788[i];
  let v795: f32 = x776 / x788;
  let l797: f32 = t765[0i];
  let v798: f32 = v795 * l797;
  let v799: f32 = v794 - v798;
  t799[i] = v799;
}
