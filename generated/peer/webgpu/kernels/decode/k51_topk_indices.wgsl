// kernel k51_topk_indices (compiler/std/moe.loom:159:12)
@group(0) @binding(0) var<storage, read_write> t279: array<f32>;
@group(0) @binding(1) var<storage, read> t270: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_topk_indices(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 4i) {
    let i1: i32 = i % 4i;
    var pv: f32 = 0.0f;
    var pi: i32 = -1i;
    var bv: f32 = 0.0f;
    var bi: i32 = -1i;
    for (var j: i32 = 0i; j < 8i; j++) {
      bv = -3e+38f;
      bi = -1i;
      for (var c: i32 = 0i; c < 64i; c++) {
        let l271: f32 = t270[i1 * 64i + c];
        let v: f32 = select(-3e+38f, l271, l271 == l271);
        if ((pi < 0i || (v < pv || (v == pv && c > pi))) && (bi < 0i || v > bv)) {
          bv = v;
          bi = c;
        }
      }
      t279[i * 8i + j] = f32(bi);
      pv = bv;
      pi = bi;
    }
  }
}
