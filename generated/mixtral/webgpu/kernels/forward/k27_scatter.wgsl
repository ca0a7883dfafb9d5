// kernel k27_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t165: array<f32>;
@group(0) @binding(1) var<storage, read> t152: array<f32>;
@group(0) @binding(2) var<storage, read> t159: array<f32>;
@group(0) @binding(3) var<storage, read> t161: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l152: f32 = t152[j];
    if (i32(l152) == i / 64i) {
      let l159: f32 = t159[j * 64i + i % 64i];
      let l163: f32 = t161[j];
      let v164: f32 = l159 * l163;
      acc += v164;
    }
  }
  t165[i] = acc;
}
