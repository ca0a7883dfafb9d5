// kernel k32_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t189: array<f32>;
@group(0) @binding(1) var<storage, read> t176: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@group(0) @binding(3) var<storage, read> t185: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    var acc: f32 = 0.0f;
    for (var j: i32 = 0i; j < 2i; j++) {
      let l176: f32 = t176[j];
      if (i32(l176) == i / 64i) {
        let l183: f32 = t183[j * 64i + i];
        let l187: f32 = t185[j];
        let v188: f32 = l183 * l187;
        acc += v188;
      }
    }
    t189[i] = acc;
  }
}
