// kernel k35_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t217: array<f32>;
@group(0) @binding(1) var<storage, read> t67: array<f32>;
@group(0) @binding(2) var<storage, read> t68: array<f32>;
@group(0) @binding(3) var<storage, read_write> t239: array<f32>;
@group(0) @binding(4) var<storage, read_write> t243: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 4i) {
    let l234: f32 = t217[16i + i * 2i];
    let l74: f32 = t67[i];
    let v237: f32 = l234 * l74;
    let l236: f32 = t217[17i + i * 2i];
    let l77: f32 = t68[i];
    let v238: f32 = l236 * l77;
    let v239: f32 = v237 - v238;
    t239[i] = v239;
    let v241: f32 = l234 * l77;
    let v242: f32 = l236 * l74;
    let v243: f32 = v241 + v242;
    t243[i] = v243;
  }
}
