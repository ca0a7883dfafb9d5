// kernel k55_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t303: array<f32>;
@group(0) @binding(1) var<storage, read_write> t308: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k55_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l303: f32 = t303[i];
    let v306: f32 = l303 / 2.0f;
    let v307: f32 = floor(v306);
    let v308: f32 = select(floor(v307), -floor(-v307), v307 < 0.0f);
    t308[i] = v308;
  }
}
