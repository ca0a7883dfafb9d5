// kernel k28_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t133: array<f32>;
@group(0) @binding(1) var<storage, read> t150: array<f32>;
@group(0) @binding(2) var<storage, read> t151: array<f32>;
@group(0) @binding(3) var<storage, read_write> t179: array<f32>;
@group(0) @binding(4) var<storage, read_write> t183: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l172: f32 = t133[i * 2i];
    let l175: f32 = t150[i % 8i];
    let v176: f32 = l172 * l175;
    let l174: f32 = t133[1i + i * 2i];
    let l177: f32 = t151[i % 8i];
    let v178: f32 = l174 * l177;
    let v179: f32 = v176 - v178;
    t179[i] = v179;
    let v181: f32 = l172 * l177;
    let v182: f32 = l174 * l175;
    let v183: f32 = v181 + v182;
    t183[i] = v183;
  }
}
