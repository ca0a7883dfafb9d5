// kernel k69_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t341: array<f32>;
@group(0) @binding(1) var<storage, read> t328: array<f32>;
@group(0) @binding(2) var<storage, read> t335: array<f32>;
@group(0) @binding(3) var<storage, read> t337: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k69_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l328: f32 = t328[j];
    if (i32(l328) == i / 64i) {
      let l335: f32 = t335[j * 64i + i % 64i];
      let l339: f32 = t337[j];
      let v340: f32 = l335 * l339;
      acc += v340;
    }
  }
  t341[i] = acc;
}
