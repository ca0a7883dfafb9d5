// kernel k29_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t197: array<f32>;
@group(0) @binding(1) var<storage, read_write> t203: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l197: f32 = t197[i];
    let v201: f32 = l197 / 2.0f;
    let v202: f32 = floor(v201);
    let v203: f32 = select(floor(v202), -floor(-v202), v202 < 0.0f);
    t203[i] = v203;
  }
}
