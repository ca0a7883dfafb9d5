// kernel k24_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t148: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t164: array<f32>;
@group(0) @binding(4) var<storage, read_write> t168: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l159: f32 = t148[i * 2i];
    let l62: f32 = t54[i % 8i];
    let v162: f32 = l159 * l62;
    let l161: f32 = t148[1i + i * 2i];
    let l65: f32 = t55[i % 8i];
    let v163: f32 = l161 * l65;
    let v164: f32 = v162 - v163;
    t164[i] = v164;
    let v166: f32 = l159 * l65;
    let v167: f32 = l161 * l62;
    let v168: f32 = v166 + v167;
    t168[i] = v168;
  }
}
