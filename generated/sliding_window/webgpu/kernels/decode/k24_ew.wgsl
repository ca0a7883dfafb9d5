// kernel k24_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t152: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t168: array<f32>;
@group(0) @binding(4) var<storage, read_write> t172: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l163: f32 = t152[i * 2i];
    let l62: f32 = t54[i % 8i];
    let v166: f32 = l163 * l62;
    let l165: f32 = t152[1i + i * 2i];
    let l65: f32 = t55[i % 8i];
    let v167: f32 = l165 * l65;
    let v168: f32 = v166 - v167;
    t168[i] = v168;
    let v170: f32 = l163 * l65;
    let v171: f32 = l165 * l62;
    let v172: f32 = v170 + v171;
    t172[i] = v172;
  }
}
