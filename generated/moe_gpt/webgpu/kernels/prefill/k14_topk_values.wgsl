// kernel k14_topk_values (compiler/std/moe.loom:72:14)
@group(0) @binding(0) var<storage, read_write> t125: array<f32>;
@group(0) @binding(1) var<storage, read> t123: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_topk_values(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 4i;
  let i1: i32 = i % 4i;
  var pv: f32 = 0.0f;
  var pi: i32 = -1i;
  var bv: f32 = 0.0f;
  var bi: i32 = -1i;
  for (var j: i32 = 0i; j < 2i; j++) {
    bv = -3e+38f;
    bi = -1i;
    for (var c: i32 = 0i; c < 2i; c++) {
      let l124: f32 = t123[i0 * 8i + i1 * 2i + c];
      let v: f32 = select(-3e+38f, l124, l124 == l124);
      if ((pi < 0i || (v < pv || (v == pv && c > pi))) && (bi < 0i || v > bv)) {
        bv = v;
        bi = c;
      }
    }
    t125[i * 2i + j] = bv;
    pv = bv;
    pi = bi;
  }
}
