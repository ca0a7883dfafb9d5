// kernel k178b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read> t922: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t933: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l927: f32 = t925[0i];
  let v928: f32 = l0 * l927;
  let x910: f32 = t910[i];
  let x922: f32 = t922[i];
  let v929: f32 = x910 / x922;
  let l931: f32 = t899[0i];
  let v932: f32 = v929 * l931;
  let v933: f32 = v928 - v932;
  t933[i] = v933;
}
