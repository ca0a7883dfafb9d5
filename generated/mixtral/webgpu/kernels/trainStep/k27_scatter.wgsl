// kernel k27_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t169: array<f32>;
@group(0) @binding(1) var<storage, read> t156: array<f32>;
@group(0) @binding(2) var<storage, read> t163: array<f32>;
@group(0) @binding(3) var<storage, read> t165: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l156: f32 = t156[j];
    if (i32(l156) == i / 64i) {
      let l163: f32 = t163[j * 64i + i % 64i];
      let l167: f32 = t165[j];
      let v168: f32 = l163 * l167;
      acc += v168;
    }
  }
  t169[i] = acc;
}
